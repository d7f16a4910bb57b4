package org.signsnet.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Byte-level damage and zip surgery for the fuzz inputs. */
final class Bytes {
    private Bytes() {}

    static byte[] truncate(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, Math.max(0, Math.min(length, bytes.length)));
    }

    /** XORs the byte at each position with a non-zero mask. */
    static byte[] flip(byte[] bytes, int[] positions, int[] masks) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < positions.length; i++) {
            copy[positions[i]] ^= (byte) (masks[i] == 0 ? 0xff : masks[i]);
        }
        return copy;
    }

    /** The first index of {@code needle} in {@code haystack}, -1 if absent. */
    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The entries of a zip, in order. */
    static Map<String, byte[]> readZip(Path zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (var e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] writeZip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A copy of {@code zip} with entry {@code name} changed ({@code change} returning null removes it). */
    static byte[] withEntry(Path zip, String name, UnaryOperator<byte[]> change) {
        Map<String, byte[]> entries = readZip(zip);
        byte[] changed = change.apply(entries.get(name));
        if (changed == null) {
            entries.remove(name);
        } else {
            entries.put(name, changed);
        }
        return writeZip(entries);
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}
