package org.signsnet.testing;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Greyscale copies of a photo as phones, scanners and Pillow write them: the grey level of each
 * pixel as Pillow's {@code convert('L')} computes it, saved as an 8-bit grey PNG, a 16-bit grey
 * PNG, a grey + alpha PNG and a greyscale JPEG, and the same levels as an RGB PNG (R = G = B).
 */
public final class GreyFiles {
    private GreyFiles() {}

    /** Pillow's {@code L = R * 299/1000 + G * 587/1000 + B * 114/1000}, rounded (its integer formula). */
    public static int[][] levels(BufferedImage rgb) {
        int[][] levels = new int[rgb.getHeight()][rgb.getWidth()];
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                levels[y][x] = (r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16;
            }
        }
        return levels;
    }

    /** An 8-bit grey PNG of {@code levels}. */
    public static Path grey8(Path file, int[][] levels) throws IOException {
        return write(grey(levels, BufferedImage.TYPE_BYTE_GRAY, 1), "png", file);
    }

    /** A 16-bit grey PNG of {@code levels}, each stored as {@code v * 257} (the same level, 16 bits). */
    public static Path grey16(Path file, int[][] levels) throws IOException {
        return write(grey(levels, BufferedImage.TYPE_USHORT_GRAY, 257), "png", file);
    }

    /** A grey + alpha PNG (8 bits each) of {@code levels}, every pixel with opacity {@code alpha} (0..255). */
    public static Path greyAlpha(Path file, int[][] levels, int alpha) throws IOException {
        ComponentColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY),
                true,
                false,
                Transparency.TRANSLUCENT,
                DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(width(levels), levels.length);
        fill(raster, levels, 1);
        for (int y = 0; y < levels.length; y++) {
            for (int x = 0; x < width(levels); x++) {
                raster.setSample(x, y, 1, alpha);
            }
        }
        return write(new BufferedImage(model, raster, false, null), "png", file);
    }

    /** A greyscale (one-component) JPEG of {@code levels}. */
    public static Path greyJpeg(Path file, int[][] levels) throws IOException {
        return write(grey(levels, BufferedImage.TYPE_BYTE_GRAY, 1), "jpg", file);
    }

    /** An RGB PNG whose every pixel is {@code (v, v, v)}: what Pillow's {@code convert('RGB')} makes of the grey image. */
    public static Path rgb(Path file, int[][] levels) throws IOException {
        BufferedImage image = new BufferedImage(width(levels), levels.length, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < levels.length; y++) {
            for (int x = 0; x < width(levels); x++) {
                int v = levels[y][x];
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return write(image, "png", file);
    }

    /** The grey levels a decoder stores for a grey image file (read as raw samples, no colour conversion). */
    public static int[][] storedLevels(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        int[][] levels = new int[image.getHeight()][image.getWidth()];
        for (int y = 0; y < levels.length; y++) {
            for (int x = 0; x < levels[0].length; x++) {
                levels[y][x] = image.getRaster().getSample(x, y, 0);
            }
        }
        return levels;
    }

    /** A grey image of {@code type} holding {@code levels * scale}. */
    private static BufferedImage grey(int[][] levels, int type, int scale) {
        BufferedImage image = new BufferedImage(width(levels), levels.length, type);
        fill(image.getRaster(), levels, scale);
        return image;
    }

    private static void fill(WritableRaster raster, int[][] levels, int scale) {
        for (int y = 0; y < levels.length; y++) {
            for (int x = 0; x < width(levels); x++) {
                raster.setSample(x, y, 0, levels[y][x] * scale);
            }
        }
    }

    private static int width(int[][] levels) {
        return levels[0].length;
    }

    private static Path write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no " + format + " writer for this image");
        }
        return file;
    }
}
