package org.signsnet.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.signsnet.SignsnetException;

/**
 * Exclusive use of an output directory by one run: an OS file lock ({@link FileChannel#tryLock})
 * on {@code DIR/.signsnet.lock}, which also records the holder's pid and start time for the
 * message the next run shows. The OS drops the lock when the process ends, however it ends, so a
 * lock file left by a killed run never blocks; the file itself is left in place on purpose
 * (deleting it would let two runs lock two different files).
 */
public final class OutputLock implements AutoCloseable {
    /** The lock file's name inside the output directory. */
    public static final String FILE_NAME = ".signsnet.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates {@code directory} if needed and locks it; an IO error when another run holds it. */
    public static OutputLock acquire(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw SignsnetException.io(
                        "output directory " + directory + " is a file; give --out a directory", null);
            }
            Files.createDirectories(directory);
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw SignsnetException.io(
                        "output directory " + directory + " is in use by another signsnet run (" + holder(file)
                                + "); wait for it to finish or choose another --out",
                        null);
            }
            String owner = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof SignsnetException se) {
                throw se;
            }
            throw SignsnetException.io("cannot lock output directory " + directory + ": " + FailureText.of(e), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM (another in-process run)
        }
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.isEmpty() || text.length() > 200 ? "lock " + file : text;
        } catch (IOException | RuntimeException e) {
            return "lock " + file;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to save
            }
        }
    }
}
