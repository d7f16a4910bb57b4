package org.signsnet.notebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;

/**
 * Turns what went wrong in a snippet into a {@link CellFailure} that points at cell lines: the
 * compiler's message under the offending source line, or the exception with its causes and its
 * stack frames, the notebook's own ones as "cell 3, line 2" and JShell's machinery left out. It
 * remembers which cell and line every snippet of the session came from, so that a method defined in
 * one cell and failing when called from another is placed right.
 */
final class SnippetFailures {
    private static final String INDENT = "    ";

    /** Snippet id to where it came from. */
    private final Map<String, Origin> origins = new HashMap<>();

    /** A snippet's cell and the cell line of its first line of code (JShell's line 1). */
    record Origin(String cell, int firstLine) {}

    void remember(Snippet snippet, Origin origin) {
        origins.put(snippet.id(), origin);
    }

    /** The cell was stopped while (or before) running {@code snippet}. */
    static CellFailure interrupted(Origin origin, String snippet) {
        return new CellFailure(
                "Interrupted",
                "interrupted in " + origin.cell() + " (in: " + firstLine(snippet) + ")",
                List.of("Interrupted: " + origin.cell() + " was stopped at line " + origin.firstLine() + " or later"));
    }

    /** {@code snippet} did not compile: its error diagnostics, each under the line it is about. */
    static CellFailure rejected(Snippet snippet, List<Diag> all, Origin origin) {
        List<Diag> diagnostics = all.stream().filter(Diag::isError).toList();
        String summary = "does not compile: " + firstLine(snippet.source())
                + (diagnostics.isEmpty()
                        ? ""
                        : " ("
                                + diagnostics.stream()
                                        .map(d -> String.join(" ", messageLines(d.getMessage(Locale.ROOT))))
                                        .collect(Collectors.joining("; "))
                                + ")");
        List<String> details = new ArrayList<>();
        for (Diag diagnostic : diagnostics) {
            details.addAll(pointAt(
                    snippet.source(),
                    (int) diagnostic.getStartPosition(),
                    (int) diagnostic.getEndPosition(),
                    origin,
                    diagnostic.getMessage(Locale.ROOT)));
        }
        if (details.isEmpty()) {
            details.add(origin.cell() + ", line " + origin.firstLine() + ": does not compile");
        }
        return new CellFailure("CompileError", summary, details);
    }

    /** "cell 3, line 2: message", the source line, and a caret under the offending span. */
    private static List<String> pointAt(String source, int start, int end, Origin origin, String message) {
        List<String> lines = new ArrayList<>();
        int position = Math.max(0, Math.min(start, source.length()));
        int lineStart = source.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = source.indexOf('\n', position);
        lineEnd = lineEnd < 0 ? source.length() : lineEnd;
        int lineNumber = origin.firstLine() + NotebookSession.newlines(source, 0, lineStart);
        List<String> messageLines = messageLines(message);
        lines.add(origin.cell() + ", line " + lineNumber + ": "
                + (messageLines.isEmpty() ? "error" : messageLines.get(0)));
        messageLines.stream().skip(1).map(l -> "  " + l).forEach(lines::add);
        lines.add(source.substring(lineStart, lineEnd));
        int width = Math.max(1, Math.min(end, lineEnd) - position);
        lines.add(" ".repeat(position - lineStart) + (width == 1 ? "^" : "^" + "-".repeat(width - 2) + "^"));
        return lines;
    }

    /** A compiler message's lines, without the "location: class" line that names JShell's wrapper class. */
    private static List<String> messageLines(String message) {
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("location:"))
                .toList();
    }

    /** Running {@code snippet} threw {@code exception}. */
    CellFailure thrown(JShellException exception, String snippet) {
        String type = typeName(exception);
        String summary =
                type + ": " + withoutWrapperNames(exception.getMessage()) + " (in: " + firstLine(snippet) + ")";
        List<String> details = new ArrayList<>();
        Set<Throwable> seen = new LinkedHashSet<>();
        Throwable current = exception;
        String prefix = "";
        while (current != null && seen.add(current)) {
            details.add(prefix
                    + typeName(current)
                    + (current.getMessage() == null ? "" : ": " + withoutWrapperNames(current.getMessage())));
            details.addAll(frames(current.getStackTrace()));
            current = current.getCause();
            prefix = "Caused by: ";
        }
        return new CellFailure(type, summary, details);
    }

    /**
     * A message with the names of JShell's wrapper classes removed from the variables it names:
     * {@code "REPL.$JShell$18.x_pad" is null} becomes {@code "x_pad" is null}.
     */
    static String withoutWrapperNames(String message) {
        return message == null ? null : message.replaceAll("REPL\\.\\$JShell\\$\\w+\\.", "");
    }

    private static String typeName(Throwable t) {
        return t instanceof EvalException eval
                ? eval.getExceptionClassName()
                : t.getClass().getName();
    }

    /** Stack frames with cell lines for the notebook's own code and without JShell's machinery. */
    private List<String> frames(StackTraceElement[] stack) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            String file = frame.getFileName();
            Origin origin = file != null && file.startsWith("#") ? origins.get(file.substring(1)) : null;
            if (origin != null) {
                String where =
                        origin.cell() + ", line " + (origin.firstLine() + Math.max(frame.getLineNumber(), 1) - 1);
                frames.add(INDENT + "at "
                        + (frame.getMethodName().isEmpty() ? where : frame.getMethodName() + " (" + where + ")"));
            } else if (!isMachinery(frame.getClassName())) {
                frames.add(INDENT + "at " + frame);
            }
        }
        return frames;
    }

    private static boolean isMachinery(String className) {
        return className.startsWith("jdk.jshell.")
                || className.startsWith("jdk.internal.reflect.")
                || className.startsWith("java.lang.reflect.")
                || className.startsWith("REPL.");
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 100) + "..." : line;
    }
}
