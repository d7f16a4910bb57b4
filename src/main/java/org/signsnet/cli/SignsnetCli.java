package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.signsnet.ErrorKind;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Builds the picocli command line and runs it, returning the process exit code. */
public final class SignsnetCli {
    private SignsnetCli() {}

    /** A fully configured command line: error handlers, usage help and all subcommands. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SignsnetCommand());
        cli.setExecutionExceptionHandler(new ExecutionErrorHandler());
        cli.setParameterExceptionHandler(new ParameterErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, SignsnetCli::path);
        return cli;
    }

    /**
     * A path argument; an empty one is refused rather than read as the working directory (where
     * {@code --out ""} would have written every report).
     */
    static Path path(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("an empty path; give a file or directory name");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("not a valid path (" + e.getReason() + ")");
        }
    }

    /** Runs {@code args}, printing to the standard streams; returns the exit code. */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /** Runs {@code args} with the given writers (for tests); returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code = execute(cli, args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Runs {@code args}; running out of heap (which picocli does not catch, being an Error) is one
     * line saying how much heap there was and how to give more, its trace only with --verbose.
     */
    private static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            PrintWriter err = cli.getErr();
            err.println("signsnet: out of memory (the Java heap is limited to "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give it more, e.g."
                    + " SIGNSNET_JAVA_OPTS='-Xmx4g --add-modules jdk.incubator.vector', or use smaller inputs");
            if (List.of(args).contains("--verbose") || List.of(args).contains("-v")) {
                e.printStackTrace(err);
            }
            err.flush();
            return ErrorKind.INTERNAL.exitCode();
        }
    }
}
