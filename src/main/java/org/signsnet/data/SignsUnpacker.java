package org.signsnet.data;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.signsnet.SignsnetException;

/**
 * {@code signsnet data unpack}: the images of the HDF5 files as a photo folder, one PNG per image
 * (lossless, so packing the folder again gives the same pixels):
 * {@code OUT/train/NAME/NNNN.png} and {@code OUT/test/NAME/NNNN.png}, where {@code NAME} is the
 * image's class name ({@code 0} to {@code 5} for SIGNS) and {@code NNNN} its index in its file.
 * {@link ImageFolder} orders photos by that file name, so the folder trains on the images in the
 * order of the HDF5 files.
 *
 * <p>The folder is written under a temporary name beside {@code OUT} and renamed to {@code OUT}
 * when complete: it is there whole or not at all.
 */
public final class SignsUnpacker {
    private SignsUnpacker() {}

    /**
     * Writes the images of {@code data} into the new folder {@code outDir} (which must not exist, or
     * be empty). Returns the number of PNG files written.
     */
    public static int write(Uint8Data data, Path outDir) {
        checkTarget(outDir);
        checkFolderNames(data.train().classNames(), data.train().source());
        Path parent = outDir.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(parent);
            temporary = Files.createTempDirectory(parent, "." + outDir.getFileName() + ".");
            int written = writeSplit(data.train(), temporary.resolve(ImageFolder.TRAIN))
                    + writeSplit(data.test(), temporary.resolve(ImageFolder.TEST));
            Files.deleteIfExists(outDir);
            Files.move(temporary, outDir, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            return written;
        } catch (IOException | RuntimeException e) {
            throw SignsnetException.io(
                    "cannot write the photo folder " + outDir + " ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + ")",
                    e);
        } finally {
            deleteTree(temporary);
        }
    }

    private static int writeSplit(Uint8Images images, Path dir) throws IOException {
        int digits = Math.max(4, Integer.toString(images.size() - 1).length());
        for (int i = 0; i < images.size(); i++) {
            Path classDir = dir.resolve(images.classNames().name(images.labels()[i]));
            Files.createDirectories(classDir);
            Path file = classDir.resolve(String.format(Locale.ROOT, "%0" + digits + "d.png", i));
            if (!ImageIO.write(picture(images.image(i)), "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        }
        return images.size();
    }

    /** 64 x 64 x 3 RGB bytes as an image (stored B, G, R). */
    private static BufferedImage picture(byte[] rgb) {
        BufferedImage image = new BufferedImage(SignsDataset.WIDTH, SignsDataset.HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < rgb.length; i += 3) {
            bgr[i] = rgb[i + 2];
            bgr[i + 1] = rgb[i + 1];
            bgr[i + 2] = rgb[i];
        }
        return image;
    }

    /** Fails unless {@code outDir} can be the new photo folder: absent, or an empty folder. */
    public static void checkTarget(Path outDir) {
        if (!Files.exists(outDir)) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(outDir)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            empty = false;
        }
        if (!Files.isDirectory(outDir) || !empty) {
            throw SignsnetException.io(outDir + " exists and is not an empty folder; choose a new --out", null);
        }
    }

    /** A class name becomes a folder name: it must be one harmless path element. */
    private static void checkFolderNames(ClassNames names, Path source) {
        for (String name : names.names()) {
            if (name.startsWith(".") || name.contains("/") || name.contains("\\")) {
                throw SignsnetException.data(
                        source + ": the class name '" + name + "' cannot be a folder name; expected names without"
                                + " '/', '\\' that do not start with '.'");
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temporary folder (hidden, named after OUT) is never taken for the output
        }
    }
}
