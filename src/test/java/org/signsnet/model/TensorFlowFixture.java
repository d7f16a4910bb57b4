package org.signsnet.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code fixtures/tf_application_cells.json}, written by {@code scripts/fixtures/tf_philox_reference.py}:
 * an independent numpy re-implementation of TF1's Philox initialisers and of the notebook's cells
 * (not TensorFlow itself), checked there against the notebook's printed values.
 */
final class TensorFlowFixture {
    private static final JsonNode ROOT = load();

    private TensorFlowFixture() {}

    static float[] w1() {
        return floats(ROOT.get("W1"));
    }

    static float[] w2() {
        return floats(ROOT.get("W2"));
    }

    static JsonNode forFcOpSeed(long fcOpSeed) {
        for (JsonNode c : ROOT.get("cases")) {
            if (c.get("fcOpSeed").asLong() == fcOpSeed) {
                return c;
            }
        }
        throw new IllegalArgumentException("no fixture for fc op seed " + fcOpSeed);
    }

    static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }

    private static JsonNode load() {
        try (InputStream in = TensorFlowFixture.class.getResourceAsStream("/fixtures/tf_application_cells.json")) {
            if (in == null) {
                throw new IllegalStateException("fixtures/tf_application_cells.json missing from test resources");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
