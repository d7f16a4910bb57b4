package org.signsnet.cli;

import org.signsnet.ErrorKind;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's parameter-exception hook: bad arguments become one line naming the problem and a pointer
 * to {@code --help}; exit code 2.
 */
final class ParameterErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr()
                .println("signsnet: " + ExecutionErrorHandler.oneLine(ex.getMessage()) + allowed(ex) + " (see '"
                        + cmd.getCommandSpec().qualifiedName() + " --help')");
        cmd.getErr().flush();
        return ErrorKind.USAGE.exitCode();
    }

    /** For a bad option value: what the option accepts, from its description ("Number of epochs, 1..100000"). */
    private static String allowed(ParameterException ex) {
        ArgSpec spec = ex.getArgSpec();
        if (spec == null
                && ex instanceof MissingParameterException missing
                && missing.getMissing().size() == 1) {
            spec = missing.getMissing().get(0);
        }
        if (!(spec instanceof OptionSpec option) || option.description().length == 0) {
            return "";
        }
        String description = String.join(" ", option.description());
        return "; " + option.longestName() + ": " + ExecutionErrorHandler.oneLine(description);
    }
}
