package org.signsnet.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.signsnet.io.FailureText;

/**
 * Checks that a file is an intact DL4J model zip before {@code ModelSerializer} sees it: a readable
 * zip whose every entry decompresses with a matching CRC, no entry larger than
 * {@value #MAX_ENTRY_BYTES} bytes, and the two entries a network needs. {@code ModelSerializer}
 * trusts the array headers inside the zip, so a damaged file could otherwise make ND4J allocate
 * absurd amounts of memory or fail deep inside the library.
 */
final class ModelZip {
    /** Far above any signsnet network (the notebook's has 4,688 parameters), far below the heap. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    static final String CONFIGURATION = "configuration.json";
    static final String COEFFICIENTS = "coefficients.bin";

    private ModelZip() {}

    /**
     * Returns null when {@code bytes} hold ND4J arrays as {@code Nd4j.write} stores them (a shape
     * buffer, then a data buffer, each a header and as many elements as the header says) that fit in
     * {@code bytes}, else a short reason: ND4J trusts these headers and would allocate what a damaged
     * one claims.
     */
    static String arrayProblem(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            long remaining = bytes.length;
            for (int buffer = 0; buffer < 2; buffer++) {
                int before = in.available();
                in.readUTF();
                long length = in.readLong();
                int size = elementSize(in.readUTF());
                remaining -= before - in.available();
                if (size == 0 || length < 0 || length > remaining / size) {
                    return "an array header claims more than the entry holds";
                }
                in.skipNBytes(length * size);
                remaining -= length * size;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "an array is cut short";
        }
    }

    /** Bytes per element of an ND4J data type name; 0 for a name signsnet's arrays never have. */
    private static int elementSize(String type) {
        return switch (type) {
            case "DOUBLE", "LONG", "UINT64" -> 8;
            case "FLOAT", "INT", "UINT32" -> 4;
            case "HALF", "BFLOAT16", "SHORT", "UINT16" -> 2;
            case "BYTE", "UBYTE", "BOOL" -> 1;
            default -> 0;
        };
    }

    /** Returns null when {@code file} looks like a model zip, else a short reason for the error message. */
    static String problem(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        size += n;
                        if (size > MAX_ENTRY_BYTES) {
                            return "entry " + entry.getName() + " is larger than " + MAX_ENTRY_BYTES + " bytes";
                        }
                    }
                }
            }
            if (!names.contains(CONFIGURATION) || !names.contains(COEFFICIENTS)) {
                return "a zip without " + CONFIGURATION + " and " + COEFFICIENTS;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "not an intact zip: " + FailureText.of(e);
        }
    }
}
