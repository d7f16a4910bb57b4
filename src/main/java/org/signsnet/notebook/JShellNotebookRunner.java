package org.signsnet.notebook;

import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

/**
 * Runs a notebook's code cells in order in one JShell session, as the IJava kernel would, and
 * captures what each cell prints.
 *
 * <p>The session uses JShell's {@code local} execution engine: the cells run in this JVM with the
 * given class path (signsnet and its libraries) added, so ND4J's native libraries load once. While a
 * cell runs, {@link System#out} is redirected into the cell's output; {@link System#err} is left
 * alone (log messages are not part of a notebook's saved output). Running stops at the first cell
 * that fails, as "Run All" in Jupyter does.
 *
 * <p>Kernel magics are skipped, since plain JShell does not know them and signsnet's class path is
 * already there: a line magic ({@code %classpath ...}, {@code %jars ...}, {@code %maven ...}: a line
 * whose first non-blank character is {@code %}) is dropped from its cell, and a cell magic (a cell
 * whose first non-blank line starts with {@code %%}, e.g. IJava's {@code %%loadFromPOM}) is skipped
 * whole. A notebook may therefore carry the cell that sets up the class path in IJava or JJava.
 */
public final class JShellNotebookRunner {
    private final String classPath;

    /** @param classPath the class path for the cells, e.g. {@code System.getProperty("java.class.path")} */
    public JShellNotebookRunner(String classPath) {
        this.classPath = classPath;
    }

    /** Runs every code cell of {@code notebook}; {@code progress} sees each result as it comes. */
    public List<CellResult> run(NotebookFile notebook, Consumer<CellResult> progress) {
        List<CellResult> results = new ArrayList<>();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture)
                .compilerOptions("-proc:none").build()) {
            for (String entry : classPath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    shell.addToClasspath(entry);
                }
            }
            List<NotebookFile.Cell> cells = notebook.codeCells();
            for (int i = 0; i < cells.size(); i++) {
                CellResult result = runCell(shell, i, cells.get(i).source(), captured, capture);
                results.add(result);
                progress.accept(result);
                if (result.failed()) {
                    break;
                }
            }
        }
        return results;
    }

    private static CellResult runCell(JShell shell, int index, String source, ByteArrayOutputStream captured,
            PrintStream capture) {
        captured.reset();
        PrintStream original = System.out;
        System.setOut(capture);
        String value = "";
        String error = "";
        try {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = withoutMagics(source);
            while (!remaining.isBlank() && error.isEmpty()) {
                CompletionInfo info = analysis.analyzeCompletion(remaining);
                String snippet = info.completeness().isComplete() ? info.source() : remaining;
                remaining = info.completeness().isComplete() ? info.remaining() : "";
                value = "";
                for (SnippetEvent event : shell.eval(snippet)) {
                    error = error.isEmpty() ? problem(shell, event) : error;
                    value = shownValue(event, value);
                }
            }
        } finally {
            capture.flush();
            System.setOut(original);
        }
        return new CellResult(index, captured.toString(StandardCharsets.UTF_8), error.isEmpty() ? value : "", error);
    }

    /** {@code source} without its kernel magics: no line starting with {@code %}, nothing of a {@code %%} cell. */
    static String withoutMagics(String source) {
        if (source.strip().startsWith("%%")) {
            return "";
        }
        return source.lines().map(line -> line.stripLeading().startsWith("%") ? "" : line)
                .collect(Collectors.joining("\n"));
    }

    /** The value Jupyter shows: that of an expression (JShell's {@code $N} variables), not of declarations. */
    private static String shownValue(SnippetEvent event, String previous) {
        Snippet snippet = event.snippet();
        if (event.causeSnippet() != null || event.value() == null) {
            return previous;
        }
        boolean expression = snippet.kind() == Snippet.Kind.EXPRESSION
                || (snippet instanceof VarSnippet var && var.name().startsWith("$"));
        return expression ? event.value() : previous;
    }

    private static String problem(JShell shell, SnippetEvent event) {
        if (event.exception() != null) {
            Exception e = event.exception();
            String type = e instanceof EvalException eval ? eval.getExceptionClassName() : e.getClass().getName();
            return type + ": " + e.getMessage() + " (in: " + firstLine(event.snippet().source()) + ")";
        }
        if (event.status() == Snippet.Status.REJECTED) {
            String diagnostics = shell.diagnostics(event.snippet()).map(Diag::toString)
                    .map(d -> d.replaceAll("\\s+", " ")).collect(Collectors.joining("; "));
            return "does not compile: " + firstLine(event.snippet().source())
                    + (diagnostics.isEmpty() ? "" : " (" + diagnostics + ")");
        }
        return "";
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 100) + "..." : line;
    }
}
