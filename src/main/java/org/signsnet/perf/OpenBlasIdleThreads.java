package org.signsnet.perf;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets OpenBLAS's worker threads sleep as soon as a product is done, and libnd4j's OpenMP threads
 * between parallel regions ({@code OMP_WAIT_POLICY=passive}). By default they spin for
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
    /** GNU OpenMP's (libnd4j's threads): {@code passive} sleeps instead of spinning between regions. */
    static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";
    private static final Logger LOG = LoggerFactory.getLogger(OpenBlasIdleThreads.class);

    private OpenBlasIdleThreads() {
    }

    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets the variables where unset (Linux and macOS); returns whether they are now in effect. */
    static boolean applyBeforeOpenBlasStarts() {
        return setIfUnset(VARIABLE, SHORTEST) & setIfUnset(OMP_WAIT_POLICY, "passive");
    }

    private static boolean setIfUnset(String variable, String value) {
        String current = System.getenv(variable);
        if (current != null) {
            LOG.debug("{}={} set by the user", variable, current);
            return true;
        }
        if (Platform.isWindows()) {
            return false;
        }
        try {
            CLibrary libc = Native.load(Platform.C_LIBRARY_NAME, CLibrary.class);
            boolean done = libc.setenv(variable, value, 0) == 0;
            LOG.debug("{}={} {}", variable, value, done ? "set" : "could not be set");
            return done;
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("could not set {}: {}", variable, e.toString());
            return false;
        }
    }
}
