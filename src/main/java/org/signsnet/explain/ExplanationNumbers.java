package org.signsnet.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signsnet.predict.PredictionJson;

/**
 * The numbers of an {@link Explanation} as a JSON-ready map: the prediction's fields
 * ({@link PredictionJson}), then for the saliency the class and score differentiated and its
 * largest magnitude, and for every stage its name, title, shape {@code [n_H, n_W, n_C]} and
 * the range of its activations. {@code explain} writes it as {@code explain-NAME.json}; the web
 * API adds the pictures.
 */
public final class ExplanationNumbers {
    private ExplanationNumbers() {}

    /** The numbers of {@code e}, fields in a fixed order. */
    public static Map<String, Object> of(Explanation e) {
        Map<String, Object> json = new LinkedHashMap<>(PredictionJson.of(e.prediction()));
        Map<String, Object> saliency = new LinkedHashMap<>();
        saliency.put("class", e.saliency().targetClass());
        saliency.put("score", "logit");
        saliency.put("max", e.saliency().max());
        json.put("saliency", saliency);
        List<Map<String, Object>> stages = new ArrayList<>();
        for (FeatureMaps maps : e.stages()) {
            stages.add(stage(maps));
        }
        json.put("stages", stages);
        return json;
    }

    /** One stage's name, title, shape and activation range. */
    public static Map<String, Object> stage(FeatureMaps maps) {
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("name", maps.name());
        stage.put("title", maps.title());
        stage.put("shape", new int[] {maps.height(), maps.width(), maps.channels()});
        stage.put("min", maps.min());
        stage.put("max", maps.max());
        return stage;
    }
}
