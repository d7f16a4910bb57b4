package org.signsnet.data;

import io.jhdf.checksum.ChecksumUtils;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Rewrites the first dimension of a dataset in a jhdf-written file, for shapes jhdf's writer cannot
 * produce (0 images) or that would be too big to write (200,000 images). Finds the dataspace
 * dimensions (little-endian 64-bit lengths) in the file, replaces the first one and recomputes the
 * checksum of the enclosing version-2 object header ({@code OHDR}).
 */
final class Hdf5DimensionPatch {
    private static final byte[] OHDR = "OHDR".getBytes(StandardCharsets.US_ASCII);

    private Hdf5DimensionPatch() {}

    static Path setFirstDimension(Path file, long[] dimensions, long newFirst) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer pattern = ByteBuffer.allocate(dimensions.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long dimension : dimensions) {
            pattern.putLong(dimension);
        }
        int at = indexOf(bytes, pattern.array(), 0, bytes.length);
        if (at < 0 || indexOf(bytes, pattern.array(), at + 1, bytes.length) >= 0) {
            throw new IllegalStateException("dimensions not found exactly once in " + file);
        }
        ByteBuffer.wrap(bytes, at, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(newFirst);
        int header = lastIndexOf(bytes, OHDR, at);
        int flags = bytes[header + 5] & 0xff;
        int position = header + 6 + ((flags & 0x20) != 0 ? 16 : 0) + ((flags & 0x10) != 0 ? 4 : 0);
        int sizeBytes = 1 << (flags & 0x03);
        long chunkSize = 0;
        for (int i = 0; i < sizeBytes; i++) {
            chunkSize |= (bytes[position + i] & 0xffL) << (8 * i);
        }
        int checksumAt = (int) (position + sizeBytes + chunkSize);
        byte[] covered = Arrays.copyOfRange(bytes, header, checksumAt);
        ByteBuffer.wrap(bytes, checksumAt, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(ChecksumUtils.checksum(covered));
        return Files.write(file, bytes);
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from, int to) {
        outer:
        for (int i = from; i + pattern.length <= to; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern, int before) {
        for (int i = before - pattern.length; i >= 0; i--) {
            if (indexOf(bytes, pattern, i, i + pattern.length) == i) {
                return i;
            }
        }
        throw new IllegalStateException("no object header before offset " + before);
    }
}
