package org.signsnet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model FILE}, shared by the commands that use a model saved by {@code signsnet train}. */
public final class ModelOption {
    @Option(
            names = "--model",
            paramLabel = "FILE",
            defaultValue = "reports/model.zip",
            description = "Model written by 'signsnet train' (default: ${DEFAULT-VALUE}).")
    private Path file;

    /** The model file given, or the default. */
    public Path file() {
        return file;
    }
}
