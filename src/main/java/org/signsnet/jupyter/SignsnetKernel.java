package org.signsnet.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;
import org.signsnet.notebook.CellFailure;
import org.signsnet.notebook.DisplayOutput;
import org.signsnet.notebook.NotebookDisplay;
import org.signsnet.notebook.NotebookSession;

/**
 * The Jupyter kernel {@code signsnet}: JJava's protocol library ({@link BaseKernel}: ZeroMQ
 * channels, messages, display data) around signsnet's own {@link NotebookSession}, so that a
 * notebook runs in Jupyter exactly as {@code signsnet notebook} runs it.
 *
 * <ul>
 *   <li>execute: the cell runs in the session; {@code System.out} goes to the cell's output,
 *       {@code display(...)} to a {@code display_data} output (PNG for images and charts), the last
 *       expression's value to the cell's result; {@code System.err} and log lines go to the kernel's
 *       log, as with {@code signsnet notebook};</li>
 *   <li>a failing cell gets an error output listing the compiler's message under the offending line,
 *       or the exception with its stack frames in cell lines;</li>
 *   <li>complete, is-complete and inspect: JShell's source analysis;</li>
 *   <li>interrupt ({@code interrupt_mode: message}): stops the running cell, the session lives on.</li>
 * </ul>
 */
public final class SignsnetKernel extends BaseKernel {
    private final NotebookSession session;

    SignsnetKernel(NotebookSession session) {
        super(
                KernelSpec.NAME,
                version(),
                languageInfo(),
                List.of(new HelpLink("Deeplearning4j", "https://deeplearning4j.konduit.ai/")),
                null,
                new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(),
                new Renderer(),
                null,
                new MagicsRegistry(),
                false,
                errorStyler());
        this.session = session;
    }

    /**
     * Serves the Jupyter connection described by {@code connectionFile} until Jupyter shuts the
     * kernel down.
     *
     * @param classPath the class path for the cells (signsnet's)
     * @throws IllegalArgumentException when the file is not a Jupyter connection file
     * @throws GeneralSecurityException when its signature scheme or key is unusable
     */
    public static void serve(Path connectionFile, String classPath) throws IOException, GeneralSecurityException {
        JupyterConnection connection = new JupyterConnection(connectionProperties(connectionFile));
        try (NotebookSession session = new NotebookSession(classPath)) {
            SignsnetKernel kernel = new SignsnetKernel(session);
            kernel.onStartup();
            kernel.becomeHandlerForConnection(connection);
            connection.connect();
            connection.waitUntilClose();
        }
    }

    private static KernelConnectionProperties connectionProperties(Path file) throws IOException {
        KernelConnectionProperties properties;
        try {
            properties = KernelConnectionProperties.parse(Files.readString(file));
        } catch (RuntimeException e) { // Gson's syntax errors
            throw new IllegalArgumentException("not a Jupyter connection file (" + e.getMessage() + ")", e);
        }
        if (properties == null || properties.getTransport() == null || properties.getIp() == null) {
            throw new IllegalArgumentException("not a Jupyter connection file (no transport or ip)");
        }
        return properties;
    }

    @Override
    public DisplayData eval(String source) {
        Object value = evalRaw(source);
        return value == null ? null : new DisplayData(value.toString());
    }

    @Override
    public Object evalRaw(String source) {
        String cell = "In [" + (executionCount.get() - 1) + "]";
        NotebookDisplay.Route route = NotebookDisplay.routeTo(this::show);
        try {
            String value = session.run(source, cell);
            return value.isEmpty() ? null : value;
        } catch (CellFailure failure) {
            throw new CellError(failure);
        } finally {
            route.close();
        }
    }

    private void show(DisplayOutput output) {
        DisplayData data = new DisplayData();
        output.data().forEach(data::putData);
        display(data);
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (!(e instanceof CellError error)) {
            return super.formatError(e);
        }
        List<String> lines = new ArrayList<>();
        List<String> details = error.failure().details();
        for (int i = 0; i < details.size(); i++) {
            lines.add(i == 0 ? errorStyler.secondary(details.get(i)) : errorStyler.primary(details.get(i)));
        }
        return lines;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        String documentation = session.documentation(code, at);
        return documentation.isEmpty() ? null : new DisplayData(documentation);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        NotebookSession.Completions completions = session.complete(code, at);
        return completions.texts().isEmpty()
                ? null
                : new ReplacementOptions(completions.texts(), completions.start(), completions.end());
    }

    @Override
    public String isComplete(String code) {
        NotebookSession.InputState state = session.inputState(code);
        return switch (state.status()) {
            case "complete" -> IS_COMPLETE_YES;
            case "invalid" -> IS_COMPLETE_BAD;
            default -> state.indent();
        };
    }

    @Override
    public void interrupt() {
        session.stop();
    }

    /** Only standard output and input go to the notebook: standard error stays the kernel's log. */
    @Override
    protected void replaceOutputStreams(ShellReplyEnvironment env) {
        var oldOut = System.out;
        var oldIn = System.in;
        System.setOut(io.out);
        System.setIn(io.in);
        env.defer(() -> {
            System.setOut(oldOut);
            System.setIn(oldIn);
        });
    }

    private static String version() {
        String version = SignsnetKernel.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(System.getProperty("java.specification.version"))
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    private static StringStyler errorStyler() {
        return new StringStyler.Builder()
                .addPrimaryStyle(TextColor.BOLD_RESET_FG)
                .addSecondaryStyle(TextColor.BOLD_RED_FG)
                .addHighlightStyle(TextColor.BOLD_RESET_FG)
                .build();
    }

    /**
     * A cell's failure on its way to Jupyter's error output (its simple name is the error's
     * {@code ename}). It has no stack trace of its own: the kernel's frames mean nothing to the
     * notebook, the failure's details say where the cell went wrong.
     */
    static final class CellError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CellFailure failure;

        CellError(CellFailure failure) {
            super(failure.summary(), null, false, false);
            this.failure = failure;
        }

        CellFailure failure() {
            return failure;
        }
    }
}
