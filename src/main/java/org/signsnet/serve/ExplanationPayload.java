package org.signsnet.serve;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.signsnet.explain.Explanation;
import org.signsnet.explain.ExplanationNumbers;
import org.signsnet.explain.FeatureMaps;
import org.signsnet.model.ModelInfo;
import org.signsnet.report.FeatureMapImage;
import org.signsnet.report.SaliencyImage;

/**
 * The {@code POST /api/explain} answer: the numbers of {@link ExplanationNumbers} with the
 * pictures as PNG data URLs, each at the network's own resolution (one pixel per value; the page
 * enlarges them without smoothing): {@code input}, {@code saliency.overlay}, {@code saliency.heat},
 * and every map of every stage with its largest value ({@code stages[i].maps[c] = {max, png}}).
 * The colours are those of {@code signsnet explain}'s PNGs.
 */
final class ExplanationPayload {
    private ExplanationPayload() {}

    static Map<String, Object> of(Explanation e, ModelInfo model) {
        Map<String, Object> numbers = ExplanationNumbers.of(e);
        Map<String, Object> json = new LinkedHashMap<>();
        for (String key : new String[] {"image", "predicted", "label", "probabilities", "classes"}) {
            json.put(key, numbers.get(key));
        }
        json.put("model", model);
        json.put("input", dataUrl(SaliencyImage.picture(e.input())));
        @SuppressWarnings("unchecked")
        Map<String, Object> saliency = new LinkedHashMap<>((Map<String, Object>) numbers.get("saliency"));
        json.put("saliency", saliency);
        saliency.put("scale", SaliencyImage.scale(e.saliency()));
        saliency.put("overlay", dataUrl(SaliencyImage.overlay(e.input(), e.saliency())));
        saliency.put("heat", dataUrl(SaliencyImage.heat(e.saliency())));
        List<Map<String, Object>> stages = new ArrayList<>();
        for (FeatureMaps maps : e.stages()) {
            Map<String, Object> stage = ExplanationNumbers.stage(maps);
            List<Map<String, Object>> pictures = new ArrayList<>();
            for (int c = 0; c < maps.channels(); c++) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("max", maps.max(c));
                map.put("png", dataUrl(FeatureMapImage.tile(maps, c)));
                pictures.add(map);
            }
            stage.put("maps", pictures);
            stages.add(stage);
        }
        json.put("stages", stages);
        return json;
    }

    /** {@code image} as PNG bytes. */
    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String dataUrl(BufferedImage image) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(image));
    }
}
