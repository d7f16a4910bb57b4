package org.signsnet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command {@code signsnet}: only dispatches to its subcommands. */
@Command(
        name = "signsnet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "The deeplearning.ai ConvNet notebooks (week 1) in Java with Deeplearning4j.",
        subcommands = {
            picocli.CommandLine.HelpCommand.class,
            TrainCommand.class,
            CompareCommand.class,
            ApplicationCellsCommand.class,
            StepByStepCommand.class,
            BenchCommand.class,
            PredictCommand.class,
            ExplainCommand.class,
            ServeCommand.class,
            LoadTestCommand.class,
            EvaluateCommand.class,
            ReportCommand.class,
            NotebookCommand.class,
            JupyterCommand.class,
            DataCommand.class,
        })
public final class SignsnetCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "Missing subcommand: try 'signsnet train' or 'signsnet --help'");
    }
}
