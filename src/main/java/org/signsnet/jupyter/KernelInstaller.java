package org.signsnet.jupyter;

import java.nio.file.Path;
import org.signsnet.io.AtomicFiles;

/** Registers the {@code signsnet} kernel with Jupyter by writing its kernelspec directory. */
public final class KernelInstaller {
    private KernelInstaller() {}

    /**
     * Writes {@code kernelsDirectory/signsnet/kernel.json} (atomically; an earlier installation is
     * replaced).
     *
     * @return the kernel's directory
     */
    public static Path install(Path kernelsDirectory, KernelSpec spec) {
        Path directory =
                kernelsDirectory.resolve(KernelSpec.NAME).toAbsolutePath().normalize();
        AtomicFiles.writeString(directory.resolve("kernel.json"), spec.toJson());
        return directory;
    }
}
