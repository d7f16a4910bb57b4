package org.signsnet.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Hand-made PNG files: huge images written as a stream, and headers that lie. */
public final class PngFiles {
    private PngFiles() {}

    /**
     * A {@code width} x {@code height} black PNG (bit depth 8, colour type 2 = RGB), written row by
     * row so that the test itself never holds the pixels: 20000 x 20000 is about 1 MB on disk and
     * 1.2 GB decoded.
     */
    public static Path black(Path file, int width, int height) throws IOException {
        return rows(file, width, height, new byte[1 + width * 3]);
    }

    /**
     * A {@code width} x {@code height} RGB PNG (bit depth 8, colour type 2) whose every row is
     * {@code row}: a filter-type byte, then {@code width} RGB triples; written row by row, as {@link #black}.
     */
    public static Path rows(Path file, int width, int height, byte[] row) throws IOException {
        if (row.length != 1 + width * 3) {
            throw new IllegalArgumentException("a row of " + width + " RGB pixels is " + (1 + width * 3) + " bytes");
        }
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        }
        return write(file, width, height, idat.toByteArray());
    }

    /** A PNG whose header claims {@code width} x {@code height} but whose data is a few bytes. */
    public static Path lyingHeader(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(idat)) {
            z.write(new byte[16]);
        }
        return write(file, width, height, idat.toByteArray());
    }

    private static Path write(Path file, int width, int height, byte[] idat) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes.toByteArray());
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
