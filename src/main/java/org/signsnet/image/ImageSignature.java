package org.signsnet.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What an image's first bytes say before any decoder runs: formats signsnet recognises but cannot
 * decode (HEIC and AVIF, told by the brand of their ISO-BMFF {@code ftyp} box), and containers
 * whose header declares more bytes than there are (a truncated BMP or WebP, which their ImageIO
 * readers would otherwise decode with the missing part left blank).
 */
final class ImageSignature {
    /** {@code ftyp} brands of HEIF images: HEVC-coded (iPhone "High Efficiency") and generic. */
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1");

    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private ImageSignature() {}

    /**
     * The name of a recognised format that cannot be decoded ({@code "HEIC"}, {@code "AVIF"}), or
     * null. An ISO-BMFF file starts with a box {@code [size:4]["ftyp"][major brand:4]}.
     */
    static String undecodableFormat(byte[] bytes) {
        if (bytes.length < 12 || !ascii(bytes, 4, 4).equals("ftyp")) {
            return null;
        }
        String brand = ascii(bytes, 8, 4).toLowerCase(Locale.ROOT);
        if (AVIF_BRANDS.contains(brand)) {
            return "AVIF";
        }
        return HEIF_BRANDS.contains(brand) ? "HEIC" : null;
    }

    /**
     * A description of the missing part when the header declares a longer file, or null: a BMP's
     * {@code bfSize} (bytes 2..5, little-endian) or a WebP's RIFF size (bytes 4..7, plus 8).
     */
    static String truncation(byte[] bytes) {
        long declared = -1;
        if (bytes.length >= 6 && bytes[0] == 'B' && bytes[1] == 'M') {
            declared = littleEndian32(bytes, 2);
        } else if (bytes.length >= 12
                && ascii(bytes, 0, 4).equals("RIFF")
                && ascii(bytes, 8, 4).equals("WEBP")) {
            declared = littleEndian32(bytes, 4) + 8;
        }
        if (declared > bytes.length) {
            return "the header declares " + declared + " bytes but there are " + bytes.length;
        }
        return null;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static long littleEndian32(byte[] bytes, int offset) {
        return (bytes[offset] & 0xffL)
                | (bytes[offset + 1] & 0xffL) << 8
                | (bytes[offset + 2] & 0xffL) << 16
                | (bytes[offset + 3] & 0xffL) << 24;
    }
}
