package org.signsnet.notebook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * One rich output of a cell, as Jupyter's {@code display_data} carries it: a MIME bundle mapping
 * each MIME type to its content ({@code image/png} as base64 without line breaks, {@code text/plain}
 * as text).
 *
 * @param data MIME type to content, in insertion order
 */
public record DisplayOutput(Map<String, String> data) {
    public static final String PNG = "image/png";
    public static final String TEXT = "text/plain";

    public DisplayOutput {
        data = Map.copyOf(new LinkedHashMap<>(data));
    }

    /** A PNG image with its plain-text stand-in (for consoles that show no images). */
    public static DisplayOutput png(byte[] png, String text) {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put(PNG, Base64.getEncoder().encodeToString(png));
        bundle.put(TEXT, text);
        return new DisplayOutput(bundle);
    }

    /** Plain text only. */
    public static DisplayOutput text(String text) {
        return new DisplayOutput(Map.of(TEXT, text));
    }

    /** Whether the bundle holds a PNG image. */
    public boolean isImage() {
        return data.containsKey(PNG);
    }

    /** The PNG image decoded through ImageIO, or empty when there is none or it does not decode. */
    public Optional<BufferedImage> decodedImage() {
        String base64 = data.get(PNG);
        if (base64 == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64);
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }
}
