package org.signsnet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the picocli command line and runs it, returning the process exit code. */
public final class SignsnetCli {
    private SignsnetCli() {}

    /** A fully configured command line: error handlers, usage help and all subcommands. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SignsnetCommand());
        cli.setExecutionExceptionHandler(new ExecutionErrorHandler());
        cli.setParameterExceptionHandler(new ParameterErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** Runs {@code args}, printing to the standard streams; returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs {@code args} with the given writers (for tests); returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
