package org.signsnet.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Prediction} as the JSON object both {@code signsnet predict --json} and the web API
 * print: {@code {"image": NAME, "predicted": CLASS, "probabilities": [p0, ..., p5]}}.
 */
public final class PredictionJson {
    private PredictionJson() {}

    /** The fields in order; the probabilities as float32, the precision the network computes in. */
    public static Map<String, Object> of(Prediction prediction) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("image", prediction.image());
        row.put("predicted", prediction.predicted());
        row.put("probabilities", asFloats(prediction.probabilities()));
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
