package org.signsnet.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.signsnet.cli.SignsnetCli;

/** One in-process run of the CLI: exit code and what it printed. */
public record CliRun(List<String> args, int code, String out, String err) {
    /** Runs {@code signsnet args...} in this JVM through {@link SignsnetCli#run(PrintWriter, PrintWriter, String...)}. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SignsnetCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(Arrays.asList(args), code, out.toString(), err.toString());
    }

    /** The non-blank lines of standard error. */
    public List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    /** A failure report: exactly one line "signsnet: ..." on stderr and no stack trace. */
    public String oneLineErrorProblem() {
        List<String> lines = errLines();
        if (lines.size() != 1) {
            return "expected one line on stderr, got " + lines.size() + ": " + err;
        }
        if (!lines.get(0).startsWith("signsnet: ")) {
            return "stderr line does not start with 'signsnet: ': " + lines.get(0);
        }
        if (err.contains("\tat ") || err.contains("Exception in thread")) {
            return "stack trace on stderr: " + err;
        }
        if (JAVA_CLASS_NAME.matcher(err).find()) {
            return "a Java class name on stderr: " + err;
        }
        return null;
    }

    /**
     * An exception class name ({@code IOException}, {@code DL4JInvalidInputException}) or a
     * package-qualified Java name ({@code java.io.IOException}): users see neither without --verbose.
     */
    public static final Pattern JAVA_CLASS_NAME = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\b(?:java|javax|jakarta|org|com|io|sun)\\.[a-z0-9]+\\.[A-Za-z]");

    @Override
    public String toString() {
        return "signsnet " + String.join(" ", args) + " -> " + code + "\nstdout: " + out + "\nstderr: " + err;
    }
}
