package org.signsnet.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.io.AbsentPaths;
import org.signsnet.io.AtomicFiles;
import org.signsnet.io.FailureText;

/**
 * {@code signsnet data install FILE|URL}: puts the course's original {@code train_signs.h5} into a
 * data directory, in place of the reconstruction signsnet ships.
 *
 * <p>The candidate is copied (FILE) or downloaded with {@link HttpClient} (http or https URL) to a
 * temporary file in the target directory and accepted only when its git blob id (SHA-1 of
 * {@code "blob SIZE\0"} + bytes) is the original's. A wrong, truncated or oversized file is refused
 * with a one-line {@link SignsnetException} and the directory keeps exactly what it had. An accepted
 * file replaces {@code train_signs.h5} in one atomic rename; the file it replaces is first copied
 * (atomically) to {@value #RECONSTRUCTION_BACKUP} when it is the known reconstruction, else to
 * {@value #PREVIOUS_BACKUP}, so it can always be restored.
 */
public final class TrainingFileInstaller {
    /** The git blob id of the course's original {@code train_signs.h5}. */
    public static final String ORIGINAL_GIT_BLOB = DataChecksums.ORIGINAL_TRAIN_GIT_BLOB;
    /** Where the reconstruction goes when the original replaces it. */
    public static final String RECONSTRUCTION_BACKUP = "train_signs.reconstruction.h5";
    /** Where any other replaced training file goes. */
    public static final String PREVIOUS_BACKUP = "train_signs.previous.h5";
    /** Downloads above this size are refused (the original is about 13.3 MB). */
    static final long MAX_BYTES = 64L << 20;

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final int BUFFER = 1 << 16;

    private final String expectedGitBlob;
    private final HttpClient http;

    /** The installer of the original training file, downloading through the system's proxy settings. */
    public TrainingFileInstaller() {
        this(
                ORIGINAL_GIT_BLOB,
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(30))
                        .proxy(ProxySelector.getDefault())
                        .build());
    }

    /**
     * @param expectedGitBlob the git blob id a file must have to be installed (tests use a file of their own)
     * @param http the client for URLs
     */
    TrainingFileInstaller(String expectedGitBlob, HttpClient http) {
        this.expectedGitBlob =
                Objects.requireNonNull(expectedGitBlob, "expectedGitBlob").toLowerCase(Locale.ROOT);
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * What an install did.
     *
     * @param installed the data directory's {@code train_signs.h5}
     * @param identity the checksums of the installed file
     * @param keptPrevious where the file it replaced was kept, if there was one
     * @param alreadyInstalled true when the directory already held this file (nothing changed)
     */
    public record Result(
            Path installed, DataChecksums.Identity identity, Optional<Path> keptPrevious, boolean alreadyInstalled) {}

    /**
     * Checks {@code source} (a file path or an http/https URL) and installs it as {@code directory}'s
     * {@code train_signs.h5}.
     *
     * @throws SignsnetException DATA for a file that is not the original, IO for a missing source,
     *         a failed or truncated download or an unwritable directory, USAGE for another URL scheme
     */
    public Result install(String source, Path directory) {
        requireDirectory(directory);
        Path target = directory.resolve(SignsDataLoader.TRAIN_FILE);
        Path temporary = null;
        try {
            temporary = AtomicFiles.temporarySibling(target);
            fetch(source, temporary);
            DataChecksums.Identity candidate = DataChecksums.identify(temporary);
            if (!candidate.gitBlob().equals(expectedGitBlob)) {
                throw refusal(source, candidate);
            }
            DataChecksums.Identity installed = new DataChecksums.Identity(
                    target, candidate.sha256(), candidate.gitBlob(), candidate.size(), candidate.known());
            if (Files.isRegularFile(target)
                    && DataChecksums.identify(target).gitBlob().equals(expectedGitBlob)) {
                return new Result(target, installed, Optional.empty(), true);
            }
            Optional<Path> kept = keepPrevious(target);
            AtomicFiles.moveIntoPlace(temporary, target);
            return new Result(target, installed, kept, false);
        } catch (IOException e) {
            throw SignsnetException.io(
                    "cannot install " + target + ": " + FailureText.of(e) + "; the installed data is unchanged", e);
        } finally {
            AtomicFiles.deleteQuietly(temporary);
        }
    }

    private static void requireDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw SignsnetException.io(
                    "data directory " + directory
                            + (Files.exists(directory) ? " is not a directory" : " " + AbsentPaths.why(directory))
                            + "; expected the directory to install into",
                    null);
        }
    }

    private void fetch(String source, Path temporary) throws IOException {
        if (!URL.matcher(source).matches()) {
            copy(Path.of(source), temporary);
            return;
        }
        URI uri;
        try {
            uri = URI.create(source);
        } catch (IllegalArgumentException e) {
            throw SignsnetException.usage("invalid URL " + source + ": " + e.getMessage());
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> download(uri, temporary);
            case "file" -> copy(Path.of(uri), temporary);
            default ->
                throw SignsnetException.usage("cannot install from " + source + ": unsupported URL scheme '" + scheme
                        + "'; expected a file, an http or an https URL");
        }
    }

    private static void copy(Path file, Path temporary) throws IOException {
        if (Files.isDirectory(file)) {
            throw SignsnetException.io(file + " is a directory; expected a train_signs.h5 file", null);
        }
        if (!Files.isRegularFile(file)) {
            throw SignsnetException.io(file + " " + AbsentPaths.why(file) + "; expected a train_signs.h5 file", null);
        }
        Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
    }

    private void download(URI uri, Path temporary) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw downloadFailed(uri, "no answer from " + uri.getHost() + " (" + FailureText.of(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw downloadFailed(uri, "interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw downloadFailed(uri, "the server answered HTTP " + response.statusCode(), null);
            }
            OptionalLong expected = response.headers().firstValueAsLong("Content-Length");
            if (expected.isPresent() && expected.getAsLong() > MAX_BYTES) {
                throw tooLarge(uri, expected.getAsLong());
            }
            long received = transfer(uri, body, temporary, expected);
            if (expected.isPresent() && received != expected.getAsLong()) {
                throw truncated(uri, received, expected, "the connection ended");
            }
        }
    }

    /** Copies the body to {@code temporary}; a read failure is a truncated download, a write failure local. */
    private static long transfer(URI uri, InputStream body, Path temporary, OptionalLong expected) throws IOException {
        long received = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(temporary)) {
            while (true) {
                int read;
                try {
                    read = body.read(buffer);
                } catch (IOException e) {
                    throw truncated(uri, received, expected, FailureText.of(e));
                }
                if (read < 0) {
                    return received;
                }
                received += read;
                if (received > MAX_BYTES) {
                    throw tooLarge(uri, received);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private Optional<Path> keepPrevious(Path target) throws IOException {
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        DataChecksums.Identity current = DataChecksums.identify(target);
        String name = current.provenance() == DataChecksums.Provenance.RECONSTRUCTION
                ? RECONSTRUCTION_BACKUP
                : PREVIOUS_BACKUP;
        Path backup = target.resolveSibling(name);
        for (int n = 2; Files.exists(backup); n++) {
            if (Files.isRegularFile(backup)
                    && DataChecksums.identify(backup).sha256().equals(current.sha256())) {
                return Optional.of(backup);
            }
            backup = target.resolveSibling(name.replace(".h5", "-" + n + ".h5"));
        }
        AtomicFiles.write(backup, tmp -> Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING));
        return Optional.of(backup);
    }

    private SignsnetException refusal(String source, DataChecksums.Identity candidate) {
        String what = candidate.provenance() == DataChecksums.Provenance.RECONSTRUCTION
                ? "it is signsnet's reconstruction of train_signs.h5, not the original"
                : "it is not the original train_signs.h5 (" + candidate.size() + " bytes, git blob "
                        + candidate.gitBlob() + "; expected git blob " + expectedGitBlob + ")";
        return SignsnetException.data("refusing " + source + ": " + what + "; the installed data is unchanged");
    }

    private static SignsnetException downloadFailed(URI uri, String why, Throwable cause) {
        return SignsnetException.io(
                "download of " + uri + " failed: " + why + "; the installed data is unchanged", cause);
    }

    private static SignsnetException truncated(URI uri, long received, OptionalLong expected, String why) {
        return SignsnetException.io(
                "download of " + uri + " is truncated: " + received + " of "
                        + (expected.isPresent() ? expected.getAsLong() + " bytes" : "an unknown number of bytes")
                        + " arrived (" + why + "); the installed data is unchanged",
                null);
    }

    private static SignsnetException tooLarge(URI uri, long bytes) {
        return new SignsnetException(
                ErrorKind.DATA,
                "refusing " + uri + ": " + bytes + " bytes or more, while "
                        + "the original train_signs.h5 is about 13.3 MB; the installed data is unchanged");
    }
}
