package org.signsnet.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code --verbose}: stack traces for errors and DL4J/ND4J internals in the log; a mixin of every command. */
public final class VerboseOption {
    private static final String NAME = "--verbose";

    @Option(
            names = {"-v", NAME},
            description = "Show stack traces on errors and DL4J/ND4J log messages.")
    void setVerbose(boolean value) {
        if (value) {
            Logging.enableLibraryLogs();
        }
    }

    /** Whether the command line {@code parseResult} describes asked for {@code --verbose}. */
    static boolean requested(ParseResult parseResult) {
        for (ParseResult command = parseResult; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption(NAME)) {
                return true;
            }
        }
        return false;
    }
}
