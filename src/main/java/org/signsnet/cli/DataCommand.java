package org.signsnet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code signsnet data}: which SIGNS files are in use, installing the original training file, and
 * converting between photo folders and the notebook's HDF5 files.
 */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = "Check the SIGNS files in use (verify), install the original train_signs.h5 (install), write a"
                + " photo folder as HDF5 files (pack) or HDF5 files as a photo folder (unpack).",
        subcommands = {VerifyDataCommand.class, InstallDataCommand.class, PackDataCommand.class, UnpackDataCommand.class
        })
public final class DataCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'signsnet data verify'");
    }
}
