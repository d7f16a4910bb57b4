package org.signsnet.notebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signsnet.SignsnetException;
import org.signsnet.io.AtomicFiles;

/**
 * A Jupyter notebook file (nbformat 4) read with Jackson as a tree, so that everything this class
 * does not touch (metadata, attachments) is written back unchanged. Code cells' text outputs are
 * read as one string (the {@code stream} and {@code execute_result} outputs joined), their
 * {@code display_data} outputs as {@link DisplayOutput}s; {@link #withOutputs} replaces both.
 */
public final class NotebookFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern GRADED = Pattern.compile("(?m)^\\s*//\\s*(GRADED FUNCTION:\\s*\\w+)");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.+?)\\s*#*\\s*");

    private final ObjectNode root;

    private NotebookFile(ObjectNode root) {
        this.root = root;
    }

    /**
     * One cell: its type ({@code "code"} or {@code "markdown"}), source, saved text output and saved
     * displays (images), and the errors saved with it (Jupyter's {@code error} outputs, as
     * {@code "ename: evalue"}).
     */
    public record Cell(
            int index,
            String type,
            String source,
            String savedOutput,
            List<DisplayOutput> savedDisplays,
            List<String> savedErrors) {
        public Cell {
            savedDisplays = List.copyOf(savedDisplays);
            savedErrors = List.copyOf(savedErrors);
        }

        public boolean isCode() {
            return "code".equals(type);
        }
    }

    /** Reads {@code file}; a missing file is an IO error, a file that is not a notebook a DATA error. */
    public static NotebookFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw SignsnetException.io("notebook " + file + " does not exist or is not a file", null);
        }
        try {
            JsonNode tree = MAPPER.readTree(file.toFile());
            if (!(tree instanceof ObjectNode object)
                    || !object.path("cells").isArray()
                    || object.path("nbformat").asInt() != 4) {
                throw SignsnetException.data("notebook " + file + " is not a Jupyter nbformat 4 notebook");
            }
            return new NotebookFile(object);
        } catch (JsonProcessingException e) {
            throw SignsnetException.data("notebook " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw SignsnetException.io("cannot read notebook " + file + ": " + e.getMessage(), e);
        }
    }

    /** The kernel the notebook asks for ({@code metadata.kernelspec.name}). */
    public String kernelName() {
        return root.path("metadata").path("kernelspec").path("name").asText("");
    }

    /** All cells, in order. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        ArrayNode array = (ArrayNode) root.get("cells");
        for (int i = 0; i < array.size(); i++) {
            JsonNode cell = array.get(i);
            cells.add(new Cell(
                    i,
                    cell.path("cell_type").asText(),
                    text(cell.get("source")),
                    savedOutput(cell),
                    savedDisplays(cell),
                    savedErrors(cell)));
        }
        return cells;
    }

    /** The code cells, in order. */
    public List<Cell> codeCells() {
        return cells().stream().filter(Cell::isCode).toList();
    }

    /**
     * How a person finds each code cell, in order: {@code cell N} (its place among the code cells),
     * its graded function when it has one ({@code GRADED FUNCTION: zero_pad}), and the heading of
     * the section it stands in ({@code in "Zero-Padding"}), the last markdown heading above it.
     */
    public List<String> codeCellNames() {
        List<String> names = new ArrayList<>();
        String heading = "";
        for (Cell cell : cells()) {
            if (!cell.isCode()) {
                heading = lastHeading(cell.source()).orElse(heading);
                continue;
            }
            List<String> about = new ArrayList<>();
            GRADED.matcher(cell.source())
                    .results()
                    .findFirst()
                    .ifPresent(m -> about.add(m.group(1).strip()));
            if (!heading.isEmpty()) {
                about.add("in \"" + heading + "\"");
            }
            names.add("cell " + (names.size() + 1) + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"));
        }
        return names;
    }

    /** The value of {@code metadata.<section>.<field>} as text, if the notebook has one. */
    public Optional<String> metadata(String section, String field) {
        JsonNode value = root.path("metadata").path(section).path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** This notebook with {@code metadata.<section>.<field>} set to {@code value}. */
    public NotebookFile withMetadata(String section, String field, String value) {
        ObjectNode copy = root.deepCopy();
        ObjectNode metadata = copy.has("metadata") ? (ObjectNode) copy.get("metadata") : copy.putObject("metadata");
        ObjectNode entry =
                metadata.get(section) instanceof ObjectNode existing ? existing : metadata.putObject(section);
        entry.put(field, value);
        return new NotebookFile(copy);
    }

    /**
     * This notebook with every code cell's source replaced by {@code rewrite} of it, and its outputs
     * and execution count cleared (they belonged to the old source).
     */
    public NotebookFile withCodeSources(UnaryOperator<String> rewrite) {
        ObjectNode copy = root.deepCopy();
        for (JsonNode cell : copy.get("cells")) {
            if ("code".equals(cell.path("cell_type").asText())) {
                ObjectNode code = (ObjectNode) cell;
                code.set("source", lines(rewrite.apply(text(code.get("source")))));
                code.putArray("outputs");
                code.putNull("execution_count");
            }
        }
        return new NotebookFile(copy);
    }

    /** This notebook with a markdown cell of {@code text} before its first cell. */
    public NotebookFile withMarkdownFirst(String text) {
        ObjectNode copy = root.deepCopy();
        ObjectNode cell = MAPPER.createObjectNode();
        cell.put("cell_type", "markdown");
        cell.putObject("metadata");
        cell.set("source", lines(text));
        ((ArrayNode) copy.get("cells")).insert(0, cell);
        return new NotebookFile(copy);
    }

    /**
     * Replaces every code cell's outputs and execution count by the results of a run, in order
     * (one result per code cell).
     */
    public NotebookFile withOutputs(List<CellResult> results) {
        ObjectNode copy = root.deepCopy();
        ArrayNode cells = (ArrayNode) copy.get("cells");
        int next = 0;
        for (JsonNode cell : cells) {
            if ("code".equals(cell.path("cell_type").asText())) {
                CellResult result = results.get(next++);
                ObjectNode code = (ObjectNode) cell;
                code.put("execution_count", next);
                code.set("outputs", outputs(result));
            }
        }
        return new NotebookFile(copy);
    }

    /**
     * Writes the notebook to {@code target} atomically, formatted as Jupyter writes it (one-space
     * indentation, {@code "key": value}, {@code []} and {@code {}} when empty), so that saving it in
     * Jupyter changes only what changed.
     */
    public void write(Path target) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        AtomicFiles.write(
                target, tmp -> Files.writeString(tmp, MAPPER.writer(printer).writeValueAsString(root) + "\n"));
    }

    /** The text of the last markdown heading ({@code #} to {@code ######}) in {@code markdown}. */
    private static Optional<String> lastHeading(String markdown) {
        String last = null;
        for (String line : markdown.lines().toList()) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                last = heading.group(1).strip();
            }
        }
        return Optional.ofNullable(last);
    }

    private static ArrayNode outputs(CellResult result) {
        ArrayNode outputs = MAPPER.createArrayNode();
        for (CellOutput output : result.outputs()) {
            if (output instanceof CellOutput.Stream text) {
                ObjectNode stream = outputs.addObject();
                stream.put("name", "stdout");
                stream.put("output_type", "stream");
                stream.set("text", lines(text.text()));
            } else if (output instanceof CellOutput.Display display) {
                ObjectNode shown = outputs.addObject();
                ObjectNode data = shown.putObject("data");
                display.data().data().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> data.set(
                                e.getKey(),
                                DisplayOutput.PNG.equals(e.getKey())
                                        ? MAPPER.getNodeFactory().textNode(e.getValue())
                                        : lines(e.getValue())));
                shown.putObject("metadata");
                shown.put("output_type", "display_data");
            }
        }
        if (!result.value().isEmpty()) {
            ObjectNode value = outputs.addObject();
            value.put("output_type", "execute_result");
            value.put("execution_count", result.index() + 1);
            value.putObject("metadata");
            value.putObject("data").set("text/plain", lines(result.value()));
        }
        return outputs;
    }

    /** Jupyter stores multi-line text as a list of lines, each but the last ending in a newline. */
    static ArrayNode lines(String text) {
        ArrayNode array = MAPPER.createArrayNode();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            array.add(text.substring(start, end));
            start = end;
        }
        return array;
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            node.forEach(line -> joined.append(line.asText()));
            return joined.toString();
        }
        return node.asText();
    }

    private static List<DisplayOutput> savedDisplays(JsonNode cell) {
        List<DisplayOutput> displays = new ArrayList<>();
        for (JsonNode output : cell.path("outputs")) {
            if ("display_data".equals(output.path("output_type").asText())) {
                Map<String, String> bundle = new LinkedHashMap<>();
                output.path("data").fields().forEachRemaining(e -> bundle.put(e.getKey(), text(e.getValue())));
                displays.add(new DisplayOutput(bundle));
            }
        }
        return displays;
    }

    private static List<String> savedErrors(JsonNode cell) {
        List<String> errors = new ArrayList<>();
        for (JsonNode output : cell.path("outputs")) {
            if ("error".equals(output.path("output_type").asText())) {
                errors.add(output.path("ename").asText() + ": "
                        + output.path("evalue").asText());
            }
        }
        return errors;
    }

    private static String savedOutput(JsonNode cell) {
        StringBuilder out = new StringBuilder();
        for (JsonNode output : cell.path("outputs")) {
            String type = output.path("output_type").asText();
            if ("stream".equals(type)) {
                out.append(text(output.get("text")));
            } else if ("execute_result".equals(type)) {
                out.append(text(output.path("data").get("text/plain")));
            }
        }
        return out.toString();
    }
}
