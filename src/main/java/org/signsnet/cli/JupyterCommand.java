package org.signsnet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code signsnet jupyter}: the Jupyter kernel that runs the notebooks of {@code notebooks-port/}. */
@Command(
        name = "jupyter",
        mixinStandardHelpOptions = true,
        description = "The Jupyter kernel 'signsnet' (Java 17 with signsnet's classes and data): install it, then open"
                + " notebooks-port/ in Jupyter.",
        subcommands = {JupyterInstallCommand.class, JupyterKernelCommand.class})
public final class JupyterCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'signsnet jupyter install'");
    }
}
