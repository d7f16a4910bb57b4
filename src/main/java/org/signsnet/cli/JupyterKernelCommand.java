package org.signsnet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import org.signsnet.SignsnetException;
import org.signsnet.jupyter.SignsnetKernel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code signsnet jupyter kernel FILE}: what Jupyter runs to start the kernel (see {@code jupyter install}). */
@Command(
        name = "kernel",
        hidden = true,
        mixinStandardHelpOptions = true,
        description =
                "Serve the Jupyter kernel 'signsnet' on the connection Jupyter describes in FILE (Jupyter runs this).")
public final class JupyterKernelCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Jupyter's connection file.")
    private Path connectionFile;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(connectionFile)) {
            throw SignsnetException.io("Jupyter connection file " + connectionFile + " does not exist", null);
        }
        try {
            SignsnetKernel.serve(connectionFile, System.getProperty("java.class.path"));
        } catch (IOException e) {
            throw SignsnetException.io(
                    "cannot read the Jupyter connection file " + connectionFile + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw SignsnetException.usage("the Jupyter connection file " + connectionFile + " has an unusable key or"
                    + " signature scheme: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw SignsnetException.usage("the Jupyter connection file " + connectionFile + " is " + e.getMessage());
        }
        return 0;
    }
}
