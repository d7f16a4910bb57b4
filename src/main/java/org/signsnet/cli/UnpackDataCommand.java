package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signsnet.app.PackJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet data unpack}: the HDF5 files as a folder of PNG photos. */
@Command(
        name = "unpack",
        mixinStandardHelpOptions = true,
        description = {
            "Write the images of train_signs.h5 and test_signs.h5 as a photo folder of PNGs,"
                    + " OUT_DIR/train/CLASS/NNNN.png and OUT_DIR/test/CLASS/NNNN.png, which 'train --images' and"
                    + " 'data pack' read back with the same pixels, labels and order."
        })
public final class UnpackDataCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private VerboseOption verbose;

    @Option(
            names = "--out",
            paramLabel = "OUT_DIR",
            required = true,
            description = "The photo folder to write; it must not exist, or be empty.")
    private Path out;

    @Override
    public Integer call() {
        Path dataDir = data.resolve();
        PackJob.Result result = PackJob.unpack(dataDir, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Unpacked %s from %s into %s%n", result.summary(), DisplayPaths.of(dataDir), out);
        stdout.flush();
        return 0;
    }
}
