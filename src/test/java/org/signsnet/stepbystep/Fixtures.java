package org.signsnet.stepbystep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Loads the numpy-generated JSON fixtures and compares JSON trees with a relative tolerance. */
final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {}

    static JsonNode load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture /fixtures/" + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code actual} has exactly the keys, list lengths and booleans of {@code expected}, and every
     * number within {@code relative * |expected|} of it (absolute 1e-15 around zero); {@code relative = 0}
     * demands bit-identical numbers.
     */
    static void assertTreeClose(JsonNode actual, JsonNode expected, double relative, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            assertThat(iterable(actual.fieldNames()))
                    .as(path + " keys")
                    .containsExactlyInAnyOrderElementsOf(iterable(expected.fieldNames()));
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertTreeClose(actual.get(field.getKey()), field.getValue(), relative, path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is a list").isTrue();
            assertThat(actual.size()).as(path + " length").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertTreeClose(actual.get(i), expected.get(i), relative, path + "[" + i + "]");
            }
        } else if (expected.isBoolean()) {
            assertThat(actual.isBoolean()).as(path + " is a boolean").isTrue();
            assertThat(actual.asBoolean()).as(path).isEqualTo(expected.asBoolean());
        } else {
            assertThat(actual.isNumber()).as(path + " is a number").isTrue();
            double e = expected.asDouble();
            double allowed = relative == 0 ? 0 : Math.max(relative * Math.abs(e), 1e-15);
            assertThat(Math.abs(actual.asDouble() - e))
                    .as("%s: %s vs numpy %s", path, actual.asDouble(), e)
                    .isLessThanOrEqualTo(allowed);
        }
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
