package org.signsnet.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads the network configurations of signsnet 0.1, whose {@code model.zip} and checkpoints named
 * its own layer classes ({@code org.signsnet.nn.FastConvolutionLayer} with the extra fields
 * {@code computeInputGradient} and {@code stockOrder}, and {@code FastSubsamplingLayer}). Those
 * were DL4J's {@code ConvolutionLayer} and {@code SubsamplingLayer} with the same parameters, so
 * the configuration becomes DL4J's by renaming the classes and dropping the extra fields.
 */
final class LegacyLayers {
    private static final Map<String, String> RENAMED = Map.of(
            "org.signsnet.nn.FastConvolutionLayer", "org.deeplearning4j.nn.conf.layers.ConvolutionLayer",
            "org.signsnet.nn.FastSubsamplingLayer", "org.deeplearning4j.nn.conf.layers.SubsamplingLayer");
    private static final String[] EXTRA_FIELDS = {"computeInputGradient", "stockOrder"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private LegacyLayers() {}

    /**
     * {@code json} with signsnet 0.1's layer classes turned into DL4J's; {@code json} itself when it
     * names none. Parsing it here first also rejects a damaged document (nested too deeply, say)
     * before DL4J's own parser, which has no such limits, sees it.
     */
    static String migrate(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (RENAMED.keySet().stream().noneMatch(json::contains)) {
            return json;
        }
        for (JsonNode conf : root.path("confs")) {
            if (conf.path("layer") instanceof ObjectNode layer
                    && RENAMED.containsKey(layer.path("@class").asText())) {
                layer.put("@class", RENAMED.get(layer.path("@class").asText()));
                layer.remove(List.of(EXTRA_FIELDS));
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
