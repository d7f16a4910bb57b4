package org.signsnet.perf;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets OpenBLAS's worker threads sleep as soon as a product is done. By default they spin for
 * about 2^28 cycles after each threaded call, waiting for more work; during training that keeps a
 * whole core busy, the core the Java convolution kernels and libnd4j want (measured on 2 cores:
 * 0.32 s per epoch with spinning workers, 0.25-0.27 s without; CPU time per epoch 0.63 s vs 0.38 s).
 * OpenBLAS reads {@code OPENBLAS_THREAD_TIMEOUT} (log2 of the spin cycles, 4 to 30) once, when its
 * threads start, so it is set in the process environment (libc {@code setenv}) before ND4J loads,
 * unless the user set it. Results do not change: only how idle workers wait.
 */
public final class OpenBlasIdleThreads {
    static final String VARIABLE = "OPENBLAS_THREAD_TIMEOUT";
    /** The shortest spin OpenBLAS allows: 2^4 cycles. */
    static final String SHORTEST = "4";
    private static final Logger LOG = LoggerFactory.getLogger(OpenBlasIdleThreads.class);

    private OpenBlasIdleThreads() {
    }

    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets the variable where unset (Linux and macOS); returns whether it is now in effect. */
    static boolean applyBeforeOpenBlasStarts() {
        String current = System.getenv(VARIABLE);
        if (current != null) {
            LOG.debug("{}={} set by the user", VARIABLE, current);
            return true;
        }
        if (Platform.isWindows()) {
            return false;
        }
        try {
            CLibrary libc = Native.load(Platform.C_LIBRARY_NAME, CLibrary.class);
            boolean done = libc.setenv(VARIABLE, SHORTEST, 0) == 0;
            LOG.debug("{}={} {}", VARIABLE, SHORTEST, done ? "set" : "could not be set");
            return done;
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("could not set {}: {}", VARIABLE, e.toString());
            return false;
        }
    }
}
