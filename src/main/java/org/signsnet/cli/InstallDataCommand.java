package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signsnet.data.TrainingFileInstaller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code signsnet data install FILE|URL}: installs the original {@code train_signs.h5}, checked by its git blob id. */
@Command(
        name = "install",
        mixinStandardHelpOptions = true,
        description = {
            "Install the course's original train_signs.h5 from a file or an http(s) URL into the data"
                    + " directory in use (or --data DIR).",
            "The file must have the original's git blob id " + TrainingFileInstaller.ORIGINAL_GIT_BLOB + ";"
                    + " anything else, or a truncated download, is refused and the data is left as it was.",
            "The file it replaces is kept beside it: the reconstruction as "
                    + TrainingFileInstaller.RECONSTRUCTION_BACKUP + ", any other file as "
                    + TrainingFileInstaller.PREVIOUS_BACKUP + "."
        })
public final class InstallDataCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private VerboseOption verbose;

    @Parameters(paramLabel = "FILE|URL", description = "The original train_signs.h5: a file or an http/https URL.")
    private String source;

    @Override
    public Integer call() {
        Path directory = data.given() != null ? data.given().toAbsolutePath().normalize() : data.resolve();
        TrainingFileInstaller.Result result = new TrainingFileInstaller().install(source, directory);
        PrintWriter out = spec.commandLine().getOut();
        String installed = DisplayPaths.of(result.installed());
        if (result.alreadyInstalled()) {
            out.println(installed + " is already the original (git blob "
                    + result.identity().gitBlob() + "); nothing changed");
        } else {
            out.println("checked " + source + ": the original train_signs.h5 (git blob "
                    + result.identity().gitBlob() + ", " + result.identity().size() + " bytes)");
            result.keptPrevious()
                    .ifPresent(kept -> out.println("kept the file it replaces as " + DisplayPaths.of(kept)));
            out.println("installed " + installed);
        }
        out.flush();
        return 0;
    }
}
