package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signsnet.app.PackJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code signsnet data pack}: a folder of photos as the notebook's two HDF5 files. */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = {
            "Write a folder of photos (one subfolder per class, or train/ and test/ with such subfolders) as"
                    + " the notebook's train_signs.h5 and test_signs.h5: uint8 (m, 64, 64, 3) images,"
                    + " int64 labels, list_classes and class_names. The notebooks and every command read them"
                    + " with --data OUT_DIR."
        })
public final class PackDataCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose;

    @Parameters(paramLabel = "DIR", description = "The photo folder.")
    private Path folder;

    @Option(
            names = "--out",
            paramLabel = "OUT_DIR",
            required = true,
            description = "Folder for train_signs.h5 and test_signs.h5 (created if needed; the files must not exist).")
    private Path out;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "3",
            description = "Draws the 80/20 split of a folder without train/ and test/, as 'train --images DIR"
                    + " --seed N' does (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PackJob.Result result = PackJob.pack(folder, seed, out, Warnings.forFolder(err));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(
                "Packed %s from %s into %s and %s%n",
                result.summary(), folder, result.files().get(0), result.files().get(1));
        stdout.flush();
        return 0;
    }
}
