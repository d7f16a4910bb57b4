package org.signsnet.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.signsnet.SignsnetException;
import org.signsnet.image.EncodedImage;
import org.signsnet.image.ImageLoader;
import org.signsnet.io.AtomicFiles;

/**
 * Adds photos to a photo folder ({@link ImageFolder}): what a page that teaches the model new photos
 * calls before it trains. A photo is decoded first (a file that is no usable image is refused and
 * nothing is written), then stored unchanged, atomically, as {@code ROOT/LABEL/HASH.EXT}, named by
 * the SHA-256 of its bytes: adding the same photo twice keeps one file.
 */
public final class ImageFolderWriter {
    private ImageFolderWriter() {}

    /**
     * Stores {@code photo} in the class folder {@code label} of {@code root} (both created if needed)
     * and returns its file. The extension is the photo's own when it is one of
     * {@link ImageFolder#EXTENSIONS}, else {@code jpg}. Refuses, with a DATA error, a label that
     * cannot be a class folder's name and a photo {@code signsnet predict} could not read.
     */
    public static Path add(Path root, String label, EncodedImage photo, long maxPixels) {
        checkLabel(label);
        ImageLoader.load(photo, maxPixels);
        Path file = root.resolve(label)
                .resolve(DataChecksums.sha256(photo.bytes()).substring(0, 16) + "." + extension(photo.name()));
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw SignsnetException.io("cannot create the class folder " + file.getParent() + " (" + e + ")", e);
        }
        AtomicFiles.write(file, tmp -> Files.write(tmp, photo.bytes()));
        return file;
    }

    /** A label names a folder: one path element, not hidden, printable. */
    private static void checkLabel(String label) {
        String problem = ClassNames.problem(List.of(label == null ? "" : label));
        if (problem == null && (label.startsWith(".") || label.contains("/") || label.contains("\\"))) {
            problem = "a class name cannot start with '.' or hold '/' or '\\'";
        }
        if (problem == null && (label.equals(ImageFolder.TRAIN) || label.equals(ImageFolder.TEST))) {
            problem = "'" + label + "' names a split, not a class";
        }
        if (problem != null) {
            throw SignsnetException.data("cannot add a photo to the class '" + label + "': " + problem);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ImageFolder.EXTENSIONS.contains(extension) ? extension : "jpg";
    }
}
