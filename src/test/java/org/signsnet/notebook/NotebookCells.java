package org.signsnet.notebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.signsnet.testing.TestClassPath;

/**
 * A notebook's code cells run in a {@link NotebookSession}, so that tests can call the functions the
 * notebook defines. Objects travel through {@link #EXCHANGE}: the session's JShell runs in this JVM
 * and resolves this class through the same class loader, so the map is shared. In the session,
 * {@code testArg(i)} is the i-th argument of {@link #eval} and {@code testResult(x)} its result
 * ({@code java.util.List} is imported for it).
 */
public final class NotebookCells implements AutoCloseable {
    /** Arguments ({@code "arg0"}, ...) and the result ({@code "result"}) of the current {@link #eval}. */
    public static final Map<String, Object> EXCHANGE = new ConcurrentHashMap<>();

    private final NotebookSession session;
    private final List<DisplayOutput> displays = new ArrayList<>();
    private String printed = "";

    private NotebookCells(NotebookSession session) {
        this.session = session;
    }

    /** Runs the code cells of {@code notebook} whose source {@code which} accepts, in order. */
    static NotebookCells run(Path notebook, Predicate<String> which) throws CellFailure {
        NotebookCells cells = new NotebookCells(new NotebookSession(TestClassPath.get()));
        String exchange = NotebookCells.class.getName() + ".EXCHANGE";
        cells.session.run(
                "import java.util.List;\n@SuppressWarnings(\"unchecked\") <T> T testArg(int i) { return (T) " + exchange
                        + ".get(\"arg\" + i); }\nvoid testResult(Object value) { " + exchange
                        + ".put(\"result\", value); }",
                "test helpers");
        List<NotebookFile.Cell> code = NotebookFile.read(notebook).codeCells();
        for (int i = 0; i < code.size(); i++) {
            if (which.test(code.get(i).source())) {
                cells.runCaptured(code.get(i).source(), "cell " + (i + 1));
            }
        }
        return cells;
    }

    /**
     * Runs {@code statements} (which call {@code testResult(...)}) with {@code arguments} as
     * {@code testArg(0)}, ...; returns the result.
     */
    Object eval(String statements, Object... arguments) throws CellFailure {
        EXCHANGE.clear();
        for (int i = 0; i < arguments.length; i++) {
            EXCHANGE.put("arg" + i, arguments[i]);
        }
        runCaptured(statements, "test");
        return EXCHANGE.get("result");
    }

    /** What the last cell or {@link #eval} printed. */
    String printed() {
        return printed;
    }

    /** What the cells displayed so far. */
    List<DisplayOutput> displays() {
        return List.copyOf(displays);
    }

    private void runCaptured(String source, String cell) throws CellFailure {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(text, true, StandardCharsets.UTF_8));
        NotebookDisplay.Route route = NotebookDisplay.routeTo(displays::add);
        try {
            session.run(source, cell);
        } finally {
            route.close();
            System.setOut(original);
            printed = text.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
