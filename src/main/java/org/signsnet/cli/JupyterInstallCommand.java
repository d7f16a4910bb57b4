package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.signsnet.jupyter.JupyterPaths;
import org.signsnet.jupyter.KernelInstaller;
import org.signsnet.jupyter.KernelSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet jupyter install}: registers the kernel {@code signsnet} with Jupyter. */
@Command(
        name = "install",
        mixinStandardHelpOptions = true,
        description = {
            "Register the Jupyter kernel 'signsnet' (\"" + KernelSpec.DISPLAY_NAME + "\"): this Java, signsnet's"
                    + " class path and the SIGNS data directory, written to kernels/signsnet/kernel.json where Jupyter looks.",
            "Run it again after moving the project or the data."
        })
public final class JupyterInstallCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private DataOptions data;

    @ArgGroup(exclusive = true)
    private Target target;

    static final class Target {
        @Option(
                names = "--user",
                description = "Install for this user (the default): $JUPYTER_DATA_DIR, else"
                        + " ~/.local/share/jupyter (macOS: ~/Library/Jupyter, Windows: %%APPDATA%%\\jupyter).")
        boolean user;

        @Option(
                names = "--prefix",
                paramLabel = "DIR",
                description = "Install under DIR/share/jupyter/kernels (for a"
                        + " virtualenv or conda prefix, or a directory on $JUPYTER_PATH as DIR/share/jupyter).")
        Path prefix;
    }

    @Override
    public Integer call() {
        Optional<Path> dataDirectory = data.resolveIfFound();
        KernelSpec kernel = KernelSpec.of(
                Path.of(System.getProperty("java.home")),
                System.getProperty("java.class.path"),
                dataDirectory.orElse(null));
        Path kernels = target != null && target.prefix != null
                ? JupyterPaths.prefixKernels(target.prefix)
                : JupyterPaths.fromSystem().userKernels();
        Path installed = KernelInstaller.install(kernels, kernel);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Installed the Jupyter kernel '%s' (%s) in %s%n", KernelSpec.NAME, KernelSpec.DISPLAY_NAME, installed);
        out.printf("  Java:       %s%n", kernel.argv().get(0));
        out.printf(
                "  SIGNS data: %s%n",
                dataDirectory
                        .map(Path::toString)
                        .orElse("not found: application.ipynb will not find it; run again with --data DIR"));
        if (target != null && target.prefix != null) {
            out.printf(
                    "Jupyter finds it when %s is its installation prefix or %s is on JUPYTER_PATH.%n",
                    target.prefix.toAbsolutePath().normalize(),
                    target.prefix.toAbsolutePath().normalize().resolve("share").resolve("jupyter"));
        }
        out.println("Open the notebooks with: jupyter notebook notebooks-port/   (or: jupyter lab notebooks-port/)");
        out.flush();
        return 0;
    }
}
