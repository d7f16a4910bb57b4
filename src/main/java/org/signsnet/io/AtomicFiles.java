package org.signsnet.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.signsnet.SignsnetException;

/**
 * Writes an output file so that it is either complete or absent: the content goes to a temporary
 * file in the same directory, which is then moved over the target in one atomic rename. A crash or
 * a kill at any moment leaves at most a stray {@code .tmp} file, never a half-written output.
 */
public final class AtomicFiles {
    /** Writes the content of one file to the given (temporary) path. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFiles() {}

    /** Runs {@code writer} on a temporary sibling of {@code target}, then moves it into place. */
    public static void write(Path target, Writer writer) {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
            writer.writeTo(temporary);
            moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            if (e instanceof SignsnetException se) {
                throw se;
            }
            throw SignsnetException.io("cannot write " + target + ": " + FailureText.of(e), e);
        }
    }

    /**
     * A new empty temporary file beside {@code target} ({@code .NAME.*.tmp}, so that {@link
     * #deleteLeftovers} recognises it), for content that is checked before {@link #moveIntoPlace}.
     */
    public static Path temporarySibling(Path target) throws IOException {
        return Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
    }

    /**
     * Moves a complete temporary sibling of {@code target} over it in one atomic rename, readable
     * by all (rw-r--r--): {@code target} is the old file or the new one, never a mix.
     */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        makeWorldReadable(temporary);
        move(temporary, target);
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
    public static void writeString(Path target, String text) {
        write(target, tmp -> Files.writeString(tmp, text));
    }

    /**
     * Deletes the {@code .NAME.*.tmp} files and the {@link OutputSet} staging directories a killed
     * run left in {@code directory} (not recursive). Call it only while holding the directory's
     * {@link OutputLock}. Returns how many were deleted.
     */
    public static int deleteLeftovers(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (var entries = Files.newDirectoryStream(directory, ".*.tmp")) {
            for (Path leftover : entries) {
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(leftover)) {
                    deleted++;
                } else if (leftover.getFileName().toString().startsWith(OutputSet.PREFIX)
                        && Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    OutputSet.deleteTree(leftover);
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover costs disk space, never a wrong output
        }
        return deleted;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are created owner-only; outputs get the usual rw-r--r--. */
    private static void makeWorldReadable(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Deletes a temporary file if it exists (null: nothing), ignoring failure: a leftover is never an output. */
    public static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: the target itself was never touched
        }
    }
}
