package org.signsnet.cli;

import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.nn.ImageParallel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --threads N}: how many threads the network's layers use. It sets signsnet's kernels
 * ({@link ImageParallel}) and ND4J's own thread count for this process; results do not depend on it.
 */
public final class ThreadsOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads for the network's computations, 1..256 (default: the processors this JVM may use, "
                    + "which taskset lowers). The results do not depend on it.")
    void setThreads(int threads) {
        if (threads < 1 || threads > 256) {
            throw new ParameterException(
                    command.commandLine(), "invalid option: --threads must be in [1, 256], got " + threads);
        }
        ImageParallel.setThreads(threads);
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
    }
}
