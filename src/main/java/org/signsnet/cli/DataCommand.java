package org.signsnet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code signsnet data}: which SIGNS files are in use, and installing the original training file. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = "Check the SIGNS files in use (verify) or install the original train_signs.h5 (install).",
        subcommands = {VerifyDataCommand.class, InstallDataCommand.class})
public final class DataCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'signsnet data verify'");
    }
}
