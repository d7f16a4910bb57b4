package org.signsnet.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Small photo folders for tests: PNG photos of 80 x 60 pixels (resized to 64 x 64 when read), each
 * with its own content, whose colours tell the classes apart so that a network learns them in a
 * few epochs.
 */
public final class PhotoFolders {
    private PhotoFolders() {}

    /** Writes {@code count} photos {@code photo-NN.png} of class number {@code classIndex} into {@code dir}. */
    public static void photos(Path dir, int classIndex, int count) {
        for (int i = 0; i < count; i++) {
            photo(dir.resolve(String.format(Locale.ROOT, "photo-%02d.png", i)), classIndex, i);
        }
    }

    /**
     * Writes one photo: a background of the class's colour with a stripe whose place depends on
     * {@code variant}, so that no two photos are alike.
     */
    public static Path photo(Path file, int classIndex, int variant) {
        int[] colours = {0xd04040, 0x40b040, 0x4060e0, 0xe0c020, 0x9050c0, 0x30c0c0};
        BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                boolean stripe = (x + 3 * variant) % 80 < 6;
                image.setRGB(x, y, stripe ? 0xffffff - variant * 0x010101 : colours[classIndex % colours.length]);
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
