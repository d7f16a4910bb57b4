package org.signsnet.predict;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Prediction} as the JSON object both {@code signsnet predict --json} and the web API
 * print: {@code {"image": NAME, "predicted": CLASS, "label": NAME_OF_CLASS, "probabilities": [p0,
 * ..., p5], "classes": [NAME_0, ..., NAME_5]}}, where class {@code c} has probability {@code pc}
 * and name {@code NAME_c} ({@code "0"} to {@code "5"} for SIGNS).
 */
public final class PredictionJson {
    private PredictionJson() {}

    /** The fields in order; the probabilities as float32, the precision the network computes in. */
    public static Map<String, Object> of(Prediction prediction) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("image", prediction.image());
        row.put("predicted", prediction.predicted());
        row.put("label", prediction.label());
        row.put("probabilities", asFloats(prediction.probabilities()));
        row.put("classes", prediction.classNames().names());
        return row;
    }

    /** Printed as float32: the network's precision, not the noise of a widening to double. */
    private static float[] asFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }
}
