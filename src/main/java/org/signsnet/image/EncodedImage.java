package org.signsnet.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.signsnet.SignsnetException;
import org.signsnet.io.AbsentPaths;
import org.signsnet.io.FailureText;

/**
 * An image as its encoded bytes (a JPEG, PNG, ... file's content) and the name errors call it by:
 * the path of a file, or the name of an upload. {@code signsnet predict} reads files into one,
 * {@code signsnet serve} wraps the request body in one, and both decode it the same way.
 *
 * <p>Every source is read through {@link #read(String, InputStream, long, Supplier)}, which stops
 * as soon as it has passed its limit: a regular file, standard input, a pipe, a device such as
 * {@code /dev/zero} or an upload never holds more than the limit in memory.
 *
 * @param name  what messages call the image, e.g. {@code photos/hand.jpg}
 * @param bytes the encoded image, not copied
 */
public record EncodedImage(String name, byte[] bytes) {
    /** Files above this size are refused: no photo is that large. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final int FIRST_CHUNK = 64 * 1024;

    /**
     * The content of {@code file} (a regular file, {@code /dev/stdin}, a named pipe, a device), at
     * most {@link #MAX_FILE_BYTES}. A missing, unreadable or larger file, a directory or a
     * symbolic link loop is an {@code IO} error naming it.
     */
    public static EncodedImage read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw SignsnetException.io(
                    "image " + name + " is a directory, expected an image file such as a JPEG or PNG", null);
        }
        if (!Files.exists(file)) {
            throw SignsnetException.io("image " + name + " " + AbsentPaths.why(file), null);
        }
        if (!Files.isReadable(file)) {
            throw SignsnetException.io("image " + name + " is not readable (check its permissions)", null);
        }
        Supplier<RuntimeException> tooLarge = () -> SignsnetException.io(
                "image " + name + " holds more than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB, more than any photo; give an image file",
                null);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge.get(); // refused before reading a byte
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in, MAX_FILE_BYTES, tooLarge);
            }
        } catch (IOException e) {
            throw SignsnetException.io("cannot read image " + name + ": " + FailureText.of(e), e);
        }
    }

    /**
     * All of {@code in} as the image called {@code name}, read 64 KB at a time; as soon as more
     * than {@code maxBytes} have arrived, reading stops and {@code tooLarge}'s exception is thrown.
     */
    public static EncodedImage read(String name, InputStream in, long maxBytes, Supplier<RuntimeException> tooLarge)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[FIRST_CHUNK];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge.get();
            }
            out.write(buffer, 0, n);
        }
        return new EncodedImage(name, out.toByteArray());
    }
}
