package org.signsnet.cli;

import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * picocli's execution-exception hook: turns an exception escaping a subcommand into one line on
 * standard error and an exit code:
 * {@link SignsnetException}s keep their message and {@link ErrorKind}; anything else is an internal
 * error. The stack trace is printed only with {@code --verbose}.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        ErrorKind kind = ex instanceof SignsnetException se ? se.kind() : ErrorKind.INTERNAL;
        String message = ex instanceof SignsnetException
                ? ex.getMessage()
                : "internal error: " + ex + " (run with --verbose for details; please report it)";
        commandLine.getErr().println("signsnet: " + oneLine(message));
        if (VerboseOption.requested(parseResult)) {
            ex.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return kind.exitCode();
    }

    static String oneLine(String message) {
        return message == null
                ? "unknown error"
                : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
