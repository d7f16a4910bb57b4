package org.signsnet.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/** The one Jackson mapper signsnet uses for its JSON outputs and inputs. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty-printed JSON of {@code value}. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SignsnetException(ErrorKind.INTERNAL, "cannot convert to JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code value} as JSON to {@code target}, atomically. */
    public static void writeFile(Path target, Object value) {
        AtomicFiles.writeString(target, write(value) + System.lineSeparator());
    }

    /** Reads a JSON file into {@code type}; a missing or malformed file is an I/O error naming it. */
    public static <T> T readFile(Path source, Class<T> type) {
        try {
            return MAPPER.readValue(source.toFile(), type);
        } catch (IOException e) {
            throw SignsnetException.io("cannot read " + source + " as JSON: " + FailureText.of(e), e);
        }
    }
}
