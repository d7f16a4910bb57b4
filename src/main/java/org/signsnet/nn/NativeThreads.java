package org.signsnet.nn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many threads libnd4j (and oneDNN) use. ND4J starts one OpenMP thread per core; on a small
 * machine shared with other busy processes those threads wait on each other at every parallel
 * region and an epoch gets several times slower (measured on 2 cores at a load average of 15:
 * 12.7 s per epoch with 2 threads, 2.7 s with 1). So unless {@code OMP_NUM_THREADS} says
 * otherwise, libnd4j gets the cores the 1-minute load average leaves idle, at least one. OpenBLAS
 * keeps DL4J's default (one thread per core): the summation order of its products, which the
 * stock-order layers reproduce ({@link BlasSummationOrder}), depends on its thread count. Applied
 * once, when the first {@link FastConvolution} layer is created.
 */
public final class NativeThreads {
    private static final Logger LOG = LoggerFactory.getLogger(NativeThreads.class);
    private static volatile int applied;

    private NativeThreads() {
    }

    /** Sets ND4J's thread counts once per JVM (ND4J must be loadable); returns the count in use. */
    public static synchronized int applyOnce() {
        if (applied == 0) {
            int cores = Runtime.getRuntime().availableProcessors();
            String env = System.getenv("OMP_NUM_THREADS");
            OptionalDouble load = loadAverage();
            int threads = choose(cores, load, env);
            if (env == null || env.isBlank()) {
                Nd4j.getEnvironment().setMaxThreads(threads);
                NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            }
            applied = threads;
            LOG.info("ND4J threads: {} ({} cores, load average {}{})", threads, cores,
                    load.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", load.getAsDouble()) : "unknown",
                    env == null || env.isBlank() ? "" : ", OMP_NUM_THREADS=" + env);
        }
        return applied;
    }

    /**
     * {@code OMP_NUM_THREADS} when set to a positive number, else the idle cores
     * ({@code cores - floor(load)}, clamped to [1, cores]), else all cores.
     */
    static int choose(int cores, OptionalDouble load, String ompNumThreads) {
        if (ompNumThreads != null && !ompNumThreads.isBlank()) {
            try {
                int n = Integer.parseInt(ompNumThreads.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the load-based choice
            }
        }
        if (load.isEmpty()) {
            return cores;
        }
        int idle = cores - (int) Math.floor(load.getAsDouble());
        return Math.max(1, Math.min(cores, idle));
    }

    private static OptionalDouble loadAverage() {
        try {
            String first = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
            return OptionalDouble.of(Double.parseDouble(first));
        } catch (IOException | RuntimeException e) {
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load >= 0 ? OptionalDouble.of(load) : OptionalDouble.empty();
        }
    }
}
