package org.signsnet.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.signsnet.SignsnetException;

/**
 * SHA-256 checksums of the SIGNS files and what they say about a file's provenance (see
 * {@code data/README.md}). An unknown checksum is not an error: users may
 * bring their own copy of the real files.
 */
public final class DataChecksums {
    /** The git blob id of the course's original {@code train_signs.h5} (the file itself is not shipped). */
    public static final String ORIGINAL_TRAIN_GIT_BLOB = "15904fbeb148848aea50d42c96a539b7bd11c4e5";

    private static final int BUFFER = 1 << 16;

    private DataChecksums() {}

    /** Where a SIGNS file comes from. */
    public enum Provenance {
        /** Byte for byte the course's original file. */
        ORIGINAL,
        /** The known reconstruction of the training file (same photos from the JPEG release, new order). */
        RECONSTRUCTION,
        /** Neither: a checksum this version of signsnet does not know. */
        UNKNOWN
    }

    /** The files whose checksums are known. */
    public enum KnownFile {
        /** The original {@code test_signs.h5}, 1,477,712 bytes. */
        ORIGINAL_TEST(
                "test_signs.h5",
                Provenance.ORIGINAL,
                "539fb746ed9e947eb244cfca73f4d1b03f9bf5524d609eeed2cd76ddb1b179be",
                "ac34131b87c829b90f5c0913f90d509f1c1f8ed0"),
        /** The original {@code train_signs.h5}: only its git blob id is known (the file itself was not obtained). */
        ORIGINAL_TRAIN("train_signs.h5", Provenance.ORIGINAL, null, ORIGINAL_TRAIN_GIT_BLOB),
        /** The reconstructed {@code train_signs.h5} shipped in {@code data/signs}. */
        RECONSTRUCTED_TRAIN(
                "train_signs.h5",
                Provenance.RECONSTRUCTION,
                "e3d350bac7abafad014e472e7cd1a668c7902887b77aed943c9f965f4f30546d",
                null);

        private final String fileName;
        private final Provenance provenance;
        private final String sha256;
        private final String gitBlob;

        KnownFile(String fileName, Provenance provenance, String sha256, String gitBlob) {
            this.fileName = fileName;
            this.provenance = provenance;
            this.sha256 = sha256;
            this.gitBlob = gitBlob;
        }

        public String fileName() {
            return fileName;
        }

        public Provenance provenance() {
            return provenance;
        }

        /** The SHA-256 in lower-case hex, when known. */
        public Optional<String> sha256() {
            return Optional.ofNullable(sha256);
        }

        /** The git blob id ({@code git hash-object}) in lower-case hex, when known. */
        public Optional<String> gitBlob() {
            return Optional.ofNullable(gitBlob);
        }

        boolean matches(String fileSha256, String fileGitBlob) {
            return fileSha256.equals(sha256) || fileGitBlob.equals(gitBlob);
        }
    }

    /**
     * A file's checksums and provenance.
     *
     * @param file the file
     * @param sha256 lower-case hex SHA-256 of its bytes
     * @param gitBlob lower-case hex git blob id (SHA-1 of "blob SIZE\0" + bytes)
     * @param size bytes
     * @param known the known file it is, if any
     */
    public record Identity(Path file, String sha256, String gitBlob, long size, Optional<KnownFile> known) {
        /** {@link Provenance#UNKNOWN} unless the checksum is a known one. */
        public Provenance provenance() {
            return known.map(KnownFile::provenance).orElse(Provenance.UNKNOWN);
        }
    }

    /**
     * What identifies the data a model is trained on, for its provenance and for checking that a
     * resumed run trains on the same data: per split, the SHA-256 of the HDF5 file by its name
     * ({@code train_signs.h5}), or for a photo folder the SHA-256 of the images as the network
     * sees them ({@link #sha256(Uint8Images)}) by folder and split ({@code photos:train}).
     */
    public static Map<String, String> of(SignsData data) {
        Map<String, String> sums = new LinkedHashMap<>();
        put(sums, data.train(), "train");
        put(sums, data.test(), "test");
        return sums;
    }

    private static void put(Map<String, String> sums, SignsDataset split, String name) {
        Path source = split.source();
        if (Files.isRegularFile(source)) {
            sums.put(source.getFileName().toString(), sha256(source));
        } else {
            sums.put(source.getFileName() + ":" + name, sha256(Uint8Images.of(split)));
        }
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The lower-case hex SHA-256 of the class names (one per line), then each image's class (4 bytes) and pixels. */
    public static String sha256(Uint8Images images) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(String.join("\n", images.classNames().names()).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < images.size(); i++) {
                sha256.update(ByteBuffer.allocate(4).putInt(images.labels()[i]).array());
                sha256.update(images.pixels(), i * SignsDataset.PIXELS_PER_IMAGE, SignsDataset.PIXELS_PER_IMAGE);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The lower-case hex SHA-256 of a file's bytes ({@code sha256sum}). */
    public static String sha256(Path file) {
        return identify(file).sha256();
    }

    /** Checksums {@code file} and says whether it is a known original, the known reconstruction or unknown. */
    public static Identity identify(Path file) {
        try {
            long size = Files.size(file);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            MessageDigest blob = MessageDigest.getInstance("SHA-1");
            blob.update(("blob " + size + "\0").getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = Files.newInputStream(file)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    sha256.update(buffer, 0, read);
                    blob.update(buffer, 0, read);
                }
            }
            String sha = HexFormat.of().formatHex(sha256.digest());
            String git = HexFormat.of().formatHex(blob.digest());
            Optional<KnownFile> known = Optional.empty();
            for (KnownFile candidate : KnownFile.values()) {
                if (candidate.matches(sha, git)) {
                    known = Optional.of(candidate);
                    break;
                }
            }
            return new Identity(file, sha, git, size, known);
        } catch (IOException e) {
            throw SignsnetException.io(
                    "cannot read " + file + " to checksum it (" + e + "); expected a readable file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256 or SHA-1", e);
        }
    }
}
