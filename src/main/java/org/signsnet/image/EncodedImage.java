package org.signsnet.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.signsnet.SignsnetException;

/**
 * An image as its encoded bytes (a JPEG, PNG, ... file's content) and the name errors call it by:
 * the path of a file, or the name of an upload. {@code signsnet predict} reads files into one,
 * {@code signsnet serve} wraps the request body in one, and both decode it the same way.
 *
 * @param name  what messages call the image, e.g. {@code photos/hand.jpg}
 * @param bytes the encoded image, not copied
 */
public record EncodedImage(String name, byte[] bytes) {
    /** Files above this size are refused before they are read: no photo is that large. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * The content of {@code file}. A missing, unreadable or oversized file, or a directory, is an
     * {@code IO} error naming it.
     */
    public static EncodedImage read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw SignsnetException.io(
                    "image " + name + " is a directory, expected an image file such as a JPEG or PNG", null);
        }
        if (!Files.exists(file)) {
            throw SignsnetException.io("image " + name + " does not exist", null);
        }
        if (!Files.isReadable(file)) {
            throw SignsnetException.io("image " + name + " is not readable (check its permissions)", null);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw SignsnetException.io(
                        "image " + name + " is " + size / (1024 * 1024) + " MB, larger than any photo ("
                                + MAX_FILE_BYTES / (1024 * 1024) + " MB at most)",
                        null);
            }
            return new EncodedImage(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw SignsnetException.io(
                    "cannot read image " + name + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    e);
        }
    }
}
