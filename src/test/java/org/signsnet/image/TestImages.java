package org.signsnet.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.signsnet.testing.PngFiles;

/** Writes test images: PNGs, JPEGs with an EXIF orientation tag, and huge PNGs streamed row by row. */
final class TestImages {
    private TestImages() {}

    /** A w x h image whose pixel (y, x) is the RGB colour {@code rgb.at(y, x)}. */
    interface Colours {
        int at(int y, int x);
    }

    static BufferedImage image(int w, int h, Colours rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb.at(y, x));
            }
        }
        return image;
    }

    static Path png(Path file, BufferedImage image) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A JPEG of {@code image} with an EXIF APP1 segment holding only the orientation tag. */
    static Path jpegWithOrientation(Path file, BufferedImage image, int orientation) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(app1);
        d.writeBytes("Exif\0\0");
        d.writeBytes("MM");
        d.writeShort(42);
        d.writeInt(8); // IFD0 offset
        d.writeShort(1); // one entry
        d.writeShort(0x0112); // Orientation
        d.writeShort(3); // SHORT
        d.writeInt(1);
        d.writeShort(orientation);
        d.writeShort(0);
        d.writeInt(0); // no next IFD
        byte[] segment = app1.toByteArray();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, 2); // SOI
            out.write(new byte[] {
                (byte) 0xFF, (byte) 0xE1, (byte) ((segment.length + 2) >> 8), (byte) (segment.length + 2)
            });
            out.write(segment);
            out.write(bytes, 2, bytes.length - 2);
        }
        return file;
    }

    /**
     * A {@code size x size} RGB PNG, left half red and right half blue, written row by row so that
     * the test itself never holds the image in memory.
     */
    static Path hugePng(Path file, int size) throws IOException {
        byte[] row = new byte[1 + size * 3];
        for (int x = 0; x < size; x++) {
            row[1 + 3 * x + (x < size / 2 ? 0 : 2)] = (byte) 255;
        }
        return PngFiles.rows(file, size, size, row);
    }
}
