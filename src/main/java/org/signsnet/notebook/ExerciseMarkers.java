package org.signsnet.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exercise markers in a notebook's Java code, the course's {@code ### START CODE HERE ###} and
 * {@code ### END CODE HERE ###}: a line {@code // START CODE HERE}, optionally followed by the
 * number of lines to write ({@code (≈ 2 lines)}), and a line {@code // END CODE HERE}, around the
 * lines a learner writes. {@link #blank} removes those lines so that the cell still compiles.
 */
public final class ExerciseMarkers {
    private static final Pattern START = Pattern.compile("\\s*// START CODE HERE( \\(.*\\))?\\s*");
    private static final Pattern END = Pattern.compile("\\s*// END CODE HERE\\s*");
    private static final Pattern COMMENT = Pattern.compile("\\s*//.*");
    /** {@code Type name = ...}: a local variable's declaration, generic and array types included. */
    private static final Pattern DECLARATION = Pattern.compile(
            "(\\s*)((?:final\\s+)?[A-Za-z_][\\w.]*(?:<[^=;]*>)?(?:\\[])*)\\s+([A-Za-z_]\\w*)\\s*=[^=].*");

    private static final Set<String> NOT_TYPES = Set.of("return", "throw", "new", "else", "case", "yield");
    private static final Set<String> NUMBERS = Set.of("byte", "short", "int", "long", "float", "double", "char");

    private ExerciseMarkers() {}

    /**
     * One marked block: the lines of its two markers, 0-based.
     *
     * @param start the {@code // START CODE HERE} line
     * @param end   the {@code // END CODE HERE} line
     */
    public record Block(int start, int end) {}

    /**
     * The marked blocks of {@code source}, in order.
     *
     * @throws IllegalArgumentException when the markers do not pair up (a START inside a block, an
     *                                  END outside one, a START without its END), naming the line
     */
    public static List<Block> blocks(String source) {
        List<String> lines = source.lines().toList();
        List<Block> blocks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (START.matcher(lines.get(i)).matches()) {
                if (open >= 0) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": START CODE HERE before the END CODE HERE"
                            + " of the block opened at line " + (open + 1));
                }
                open = i;
            } else if (END.matcher(lines.get(i)).matches()) {
                if (open < 0) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": END CODE HERE without a START CODE HERE");
                }
                blocks.add(new Block(open, i));
                open = -1;
            }
        }
        if (open >= 0) {
            throw new IllegalArgumentException("line " + (open + 1) + ": START CODE HERE without an END CODE HERE");
        }
        return blocks;
    }

    /**
     * {@code source} with the code of each marked block removed, the exercise a learner fills in.
     * The markers and every comment line stay (they say what to write); a local variable declared at
     * the block's own indentation, one per statement, stays as {@code Type name = 0;} ({@code false},
     * {@code null}), so that the code after the block still compiles; every other line goes, and runs
     * of blank lines shrink to one.
     */
    public static String blank(String source) {
        List<String> lines = source.lines().toList();
        List<String> kept = new ArrayList<>();
        int from = 0;
        for (Block block : blocks(source)) {
            kept.addAll(lines.subList(from, block.start() + 1));
            kept.addAll(
                    blankedBody(lines.subList(block.start() + 1, block.end()), indentation(lines.get(block.start()))));
            from = block.end();
        }
        kept.addAll(lines.subList(from, lines.size()));
        return String.join("\n", kept) + (source.endsWith("\n") ? "\n" : "");
    }

    private static List<String> blankedBody(List<String> body, int indentation) {
        List<String> kept = new ArrayList<>();
        for (String line : body) {
            if (line.isBlank()) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
                    kept.add("");
                }
            } else if (COMMENT.matcher(line).matches()) {
                kept.add(line);
            } else if (indentation(line) == indentation) {
                placeholder(line).ifPresent(kept::add);
            }
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /** {@code Type name = <default>;} for a declaration line, else empty. */
    private static Optional<String> placeholder(String line) {
        Matcher declaration = DECLARATION.matcher(line);
        if (!declaration.matches() || NOT_TYPES.contains(declaration.group(2))) {
            return Optional.empty();
        }
        String type = declaration.group(2).replaceFirst("^final\\s+", "");
        String value = NUMBERS.contains(type) ? "0" : "boolean".equals(type) ? "false" : "null";
        return Optional.of(declaration.group(1) + type + " " + declaration.group(3) + " = " + value + ";");
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
