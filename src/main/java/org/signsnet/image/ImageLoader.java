package org.signsnet.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import javax.imageio.ImageReadParam;
import org.signsnet.SignsnetException;

/**
 * Reads a photo into an upright {@link RgbImage}: decoded by {@link ImageDecoder} (ImageIO with the
 * TwelveMonkeys plugins: JPEG including CMYK/YCCK and progressive, PNG, WebP, TIFF, BMP, GIF),
 * then turned by its EXIF orientation tag. {@code signsnet predict}, {@code explain} and
 * {@code serve} all read images here.
 *
 * <p>Memory stays bounded whatever the image size: the dimensions are read from the header first,
 * and an image above {@value #MAX_DECODED_PIXELS} pixels is decoded with
 * {@link ImageReadParam#setSourceSubsampling} (every k-th row and column), so a 20000 x 20000 PNG
 * costs about as much as a 4000 x 4000 one. Transparent pixels are composited on white; palette
 * images become RGB, and greyscale images of any bit depth (with or without alpha) become
 * {@code R = G = B = v} ({@link GreyImages}), as browsers and Pillow show them.
 *
 * <p>Errors ({@link SignsnetException}, one line naming the image): a missing, unreadable file or a
 * directory is an {@code IO} error; bytes that are not a usable image are an
 * {@link UnreadableImageException} ({@code DATA}).
 */
public final class ImageLoader {
    /** Largest number of pixels decoded at full resolution (4096 x 4096). */
    public static final long MAX_DECODED_PIXELS = 4096L * 4096L;
    /** No limit on an image's size in pixels: huge images are decoded subsampled. */
    public static final long ANY_SIZE = Long.MAX_VALUE;

    private ImageLoader() {}

    /** The image in {@code file}, decoded (subsampled if huge) and turned upright by its EXIF tag. */
    public static RgbImage load(Path file) {
        return load(EncodedImage.read(file), ANY_SIZE);
    }

    /**
     * {@code image} decoded (subsampled if huge) and turned upright by its EXIF tag; an image whose
     * header declares more than {@code maxPixels} pixels is refused ({@link UnreadableImageException.Reason#TOO_LARGE}).
     */
    public static RgbImage load(EncodedImage image, long maxPixels) {
        RgbImage stored = toRgb(ImageDecoder.decode(image, maxPixels));
        return ExifOrientation.apply(stored, ExifOrientation.of(image.bytes()));
    }

    /** The subsampling step that keeps a {@code width x height} image within the pixel budget. */
    public static int subsampling(long width, long height) {
        int step = 1;
        while ((width / step) * (height / step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    /** The image's RGB samples; transparent pixels composited on white. */
    static RgbImage toRgb(BufferedImage image) {
        if (GreyImages.isGrey(image)) {
            return GreyImages.toRgb(image);
        }
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte) {
            return fromOpaqueBgr(image);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        float[] samples = new float[w * h * 3];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                float alpha = (argb >>> 24) / 255f;
                int d = (y * w + x) * 3;
                samples[d] = blendOnWhite((argb >> 16) & 0xff, alpha);
                samples[d + 1] = blendOnWhite((argb >> 8) & 0xff, alpha);
                samples[d + 2] = blendOnWhite(argb & 0xff, alpha);
            }
        }
        return new RgbImage(w, h, samples);
    }

    /**
     * The samples of an opaque sRGB image stored as B, G, R bytes (what the JPEG and PNG readers
     * give for colour photos), read straight from its raster: the values {@code getRGB} gives, without
     * its per-pixel colour-model calls (a 9-megapixel photo: several times faster).
     */
    private static RgbImage fromOpaqueBgr(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableRaster raster = image.getRaster();
        PixelInterleavedSampleModel model = (PixelInterleavedSampleModel) raster.getSampleModel();
        int[] offsets = model.getBandOffsets();
        int stride = model.getScanlineStride();
        int pixelStride = model.getPixelStride();
        byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
        int origin = ((DataBufferByte) raster.getDataBuffer()).getOffset()
                - raster.getSampleModelTranslateY() * stride
                - raster.getSampleModelTranslateX() * pixelStride;
        float[] samples = new float[w * h * 3];
        for (int y = 0; y < h; y++) {
            int s = origin + y * stride;
            int d = y * w * 3;
            for (int x = 0; x < w; x++, s += pixelStride, d += 3) {
                samples[d] = data[s + offsets[0]] & 0xff;
                samples[d + 1] = data[s + offsets[1]] & 0xff;
                samples[d + 2] = data[s + offsets[2]] & 0xff;
            }
        }
        return new RgbImage(w, h, samples);
    }

    static float blendOnWhite(float value, float alpha) {
        return value * alpha + 255f * (1 - alpha);
    }
}
