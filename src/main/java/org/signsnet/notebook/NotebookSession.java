package org.signsnet.notebook;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

/**
 * One JShell session running a notebook's cells, shared by {@code signsnet notebook} and the Jupyter
 * kernel: JShell's {@code local} execution engine (the cells run in this JVM, so ND4J's native
 * libraries load once and {@link NotebookDisplay} reaches the cells), the given class path, and
 * {@code display(...)} imported.
 *
 * <p>A cell is split into snippets with JShell's own source analysis and evaluated in order; the
 * first snippet that does not compile, throws or is stopped ends the cell with a {@link CellFailure}
 * whose details point at cell lines. Kernel magics of IJava and JJava ({@code %classpath}, {@code %%loadFromPOM},
 * ...) are skipped: the class path is already set.
 */
public final class NotebookSession implements AutoCloseable {
    private static final String DISPLAY_IMPORT = "import static " + NotebookDisplay.class.getName() + ".display;";
    private static final String INDENT = "    ";
    private static final long STOP_RETRY_MS = 50;

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final SnippetFailures failures = new SnippetFailures();
    private volatile boolean stopRequested;
    private volatile boolean running;
    /** Counts the cells run, so that a stop request ends with the cell it was meant for. */
    private volatile long cellsStarted;

    /** @param classPath the class path for the cells, e.g. {@code System.getProperty("java.class.path")} */
    public NotebookSession(String classPath) {
        shell = JShell.builder()
                .executionEngine("local")
                .out(System.out)
                .err(System.err)
                .compilerOptions("-proc:none")
                .build();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        analysis = shell.sourceCodeAnalysis();
        shell.eval(DISPLAY_IMPORT);
    }

    /**
     * Runs one cell.
     *
     * @param source the cell's code
     * @param cell   how failures name the cell, e.g. {@code "cell 3"}
     * @return the value of the cell's last snippet when it is an expression (what Jupyter shows as
     *         the cell's result), else empty
     * @throws CellFailure when a snippet does not compile, throws or is stopped
     */
    public String run(String source, String cell) throws CellFailure {
        stopRequested = false;
        cellsStarted++;
        running = true;
        try {
            return runSnippets(withoutMagics(source), cell);
        } finally {
            running = false;
        }
    }

    private String runSnippets(String source, String cell) throws CellFailure {
        String remaining = source;
        int line = 1;
        String value = "";
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            boolean complete = info.completeness().isComplete();
            String snippet = complete ? info.source() : remaining;
            int consumed = complete ? remaining.length() - info.remaining().length() : remaining.length();
            // JShell numbers a snippet's lines from its first line of code, and keeps them right only when
            // no comment precedes it: evaluate from there
            int start = codeStart(snippet);
            if (start < snippet.length()) {
                SnippetFailures.Origin origin = new SnippetFailures.Origin(cell, line + newlines(snippet, 0, start));
                if (stopRequested) {
                    throw SnippetFailures.interrupted(origin, snippet);
                }
                value = evaluate(snippet.substring(start), origin);
            }
            line += newlines(remaining, 0, consumed);
            remaining = remaining.substring(consumed);
        }
        return value;
    }

    private String evaluate(String snippet, SnippetFailures.Origin origin) throws CellFailure {
        List<SnippetEvent> events = shell.eval(snippet);
        String value = "";
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                failures.remember(event.snippet(), origin);
            }
        }
        if (stopRequested) {
            throw SnippetFailures.interrupted(origin, snippet);
        }
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.exception() != null) {
                throw failures.thrown(event.exception(), snippet);
            }
            if (event.status() == Snippet.Status.REJECTED) {
                throw SnippetFailures.rejected(
                        event.snippet(), shell.diagnostics(event.snippet()).toList(), origin);
            }
            value = shownValue(event, value);
        }
        return value;
    }

    /** The value Jupyter shows: that of an expression (JShell's {@code $N} variables), not of declarations. */
    private static String shownValue(SnippetEvent event, String previous) {
        Snippet snippet = event.snippet();
        if (event.value() == null) {
            return previous;
        }
        boolean expression = snippet.kind() == Snippet.Kind.EXPRESSION
                || (snippet instanceof VarSnippet var && var.name().startsWith("$"));
        return expression ? event.value() : previous;
    }

    /**
     * Whether {@code code} is ready to run: {@code "complete"}, {@code "invalid"}, or, when it ends
     * inside a statement, the indentation for its next line.
     */
    public InputState inputState(String code) {
        String rest = withoutMagics(code);
        CompletionInfo info = analysis.analyzeCompletion(rest);
        while (info.completeness().isComplete()) {
            rest = info.remaining();
            info = analysis.analyzeCompletion(rest);
        }
        Completeness completeness = info.completeness();
        if (completeness == Completeness.EMPTY) {
            return InputState.complete();
        }
        if (completeness == Completeness.CONSIDERED_INCOMPLETE || completeness == Completeness.DEFINITELY_INCOMPLETE) {
            return InputState.incomplete(nextIndent(rest));
        }
        return InputState.invalid();
    }

    /** What {@link #inputState} says about a piece of code. */
    public record InputState(String status, String indent) {
        static InputState complete() {
            return new InputState("complete", "");
        }

        static InputState incomplete(String indent) {
            return new InputState("incomplete", indent);
        }

        static InputState invalid() {
            return new InputState("invalid", "");
        }
    }

    private static String nextIndent(String partial) {
        String lastLine = partial.substring(partial.lastIndexOf('\n') + 1);
        String indent = lastLine.substring(
                0, lastLine.length() - lastLine.stripLeading().length());
        long opened = lastLine.chars().filter(c -> c == '{' || c == '(').count()
                - lastLine.chars().filter(c -> c == '}' || c == ')').count();
        return opened > 0 ? indent + INDENT : indent;
    }

    /**
     * Completions at {@code cursor}: the texts that may replace {@code code[start, cursor)}, those
     * matching the expected type first.
     */
    public Completions complete(String code, int cursor) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(code, cursor, anchor);
        List<String> texts = suggestions.stream()
                .sorted((a, b) -> Boolean.compare(b.matchesType(), a.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .toList();
        return new Completions(texts, texts.isEmpty() ? cursor : anchor[0], cursor);
    }

    /** Completions of {@link #complete}: replace {@code code[start, end)} by one of {@code texts}. */
    public record Completions(List<String> texts, int start, int end) {
        public Completions {
            texts = List.copyOf(texts);
        }
    }

    /** The signature (and javadoc, where the sources are known) of what is at {@code cursor}, or empty. */
    public String documentation(String code, int cursor) {
        return analysis.documentation(code, cursor, true).stream()
                .map(d -> d.javadoc() == null ? d.signature() : d.signature() + "\n" + d.javadoc())
                .collect(Collectors.joining("\n\n"));
    }

    /**
     * Stops the cell that is running (called from another thread); its {@link #run} then fails as
     * interrupted. JShell stops only code that is executing, not a snippet being compiled, so the
     * request is repeated every {@value #STOP_RETRY_MS} ms until the cell has ended.
     */
    public void stop() {
        if (!running) {
            return;
        }
        stopRequested = true;
        long cell = cellsStarted;
        Thread stopper = new Thread(
                () -> {
                    while (running && cellsStarted == cell) {
                        shell.stop();
                        try {
                            Thread.sleep(STOP_RETRY_MS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                },
                "notebook-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    @Override
    public void close() {
        shell.close();
    }

    /**
     * The cell's source without kernel magics, which plain JShell does not know: a line magic
     * ({@code %classpath ...}, {@code %jars ...}, {@code %maven ...}: a line whose first non-blank
     * character is {@code %}) becomes an empty line, so the Java lines keep their numbers; a cell magic
     * (a cell whose first non-blank line starts with {@code %%}, e.g. IJava's {@code %%loadFromPOM}) is
     * dropped whole.
     */
    static String withoutMagics(String source) {
        if (source.strip().startsWith("%%")) {
            return "";
        }
        return source.lines()
                .map(l -> l.stripLeading().startsWith("%") ? "" : l)
                .collect(Collectors.joining("\n", "", source.endsWith("\n") ? "\n" : ""));
    }

    /** Where the code of a snippet starts: after its leading blanks and comments. */
    static int codeStart(String snippet) {
        int i = 0;
        while (i < snippet.length()) {
            if (Character.isWhitespace(snippet.charAt(i))) {
                i++;
            } else if (snippet.startsWith("//", i)) {
                int end = snippet.indexOf('\n', i);
                i = end < 0 ? snippet.length() : end + 1;
            } else if (snippet.startsWith("/*", i)) {
                int end = snippet.indexOf("*/", i + 2);
                i = end < 0 ? snippet.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
