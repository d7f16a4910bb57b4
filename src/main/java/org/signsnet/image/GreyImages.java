package org.signsnet.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;

/**
 * Greyscale images (a grey colour space: 8- and 16-bit grey PNG, grey + alpha, greyscale JPEG and
 * TIFF) as RGB with {@code R = G = B = v}, v the stored grey level scaled to [0, 255]: what browsers,
 * Pillow's {@code convert('RGB')} and the notebook's {@code imread} show. Java's own conversion
 * ({@code BufferedImage.getRGB}) treats the levels of its grey colour space as linear light and
 * re-encodes them to sRGB, which brightens every grey photo (48 becomes 120, 92 becomes 162).
 * Grey images of 1, 2 and 4 bits come as palette images and do not need this.
 */
final class GreyImages {
    private GreyImages() {}

    /** Whether {@code image} stores grey levels (with or without alpha) rather than colours. */
    static boolean isGrey(BufferedImage image) {
        ColorModel model = image.getColorModel();
        return model instanceof ComponentColorModel
                && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && image.getRaster().getNumBands() == model.getNumComponents();
    }

    /** The grey levels of {@code image} as R = G = B in [0, 255]; transparent pixels composited on white. */
    static RgbImage toRgb(BufferedImage image) {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        float greyScale = 255f / fullScale(model, 0);
        boolean alpha = model.hasAlpha();
        float alphaScale = alpha ? 1f / fullScale(model, 1) : 0;
        boolean premultiplied = model.isAlphaPremultiplied();
        float[] grey = new float[w];
        float[] opacity = alpha ? new float[w] : null;
        float[] samples = new float[w * h * 3];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, grey);
            if (alpha) {
                raster.getSamples(0, y, w, 1, 1, opacity);
            }
            for (int x = 0; x < w; x++) {
                float v = grey[x] * greyScale;
                if (alpha) {
                    float a = opacity[x] * alphaScale;
                    v = premultiplied ? v + 255f * (1 - a) : ImageLoader.blendOnWhite(v, a);
                }
                int d = (y * w + x) * 3;
                samples[d] = v;
                samples[d + 1] = v;
                samples[d + 2] = v;
            }
        }
        return new RgbImage(w, h, samples);
    }

    /** The stored value of full intensity of component {@code c}: 2^bits - 1, or 1 for float samples. */
    private static float fullScale(ColorModel model, int c) {
        int type = model.getTransferType();
        if (type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE) {
            return 1f;
        }
        return (float) ((1L << model.getComponentSize(c)) - 1);
    }
}
