package org.signsnet.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shares the images of a batch among threads: the kernels compute each image on its own, so how
 * the images are shared never changes a result, only the time. Threads (the caller one of them)
 * take ranges of {@link #IMAGES_PER_TASK} images in turn until none are left, so a thread slowed
 * down by another process simply takes fewer. The helper threads are daemons, started on first use.
 *
 * <p>The number of threads is this class's own setting ({@link #setThreads}; by default the
 * processors this JVM may use, which {@code taskset} and container limits lower); signsnet's CLI
 * sets it from {@code --threads}. Nothing here changes the process's environment.
 */
public final class ImageParallel {
    /** Images a thread takes at a time: small enough to balance two threads when one core is busy. */
    static final int IMAGES_PER_TASK = 4;

    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static ExecutorService helpers;

    private ImageParallel() {}

    /** Work on images {@code [from, to)}. */
    @FunctionalInterface
    public interface ImageRange {
        void run(int from, int to);
    }

    /** The number of threads a batch is shared among. */
    public static int threads() {
        return threads;
    }

    /** Shares later batches among {@code count} threads (at least 1). */
    public static void setThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("thread count must be at least 1, got " + count);
        }
        threads = count;
    }

    /** Runs {@code work} over images {@code [0, m)}; returns when all is done, rethrowing a worker's exception. */
    public static void run(int m, ImageRange work) {
        int tasks = (m + IMAGES_PER_TASK - 1) / IMAGES_PER_TASK;
        int extra = Math.min(threads, tasks) - 1;
        if (extra <= 0) {
            work.run(0, m);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                work.run(t * IMAGES_PER_TASK, Math.min(m, (t + 1) * IMAGES_PER_TASK));
            }
        };
        ExecutorService pool = helpers(extra);
        List<Future<?>> futures = new ArrayList<>(extra);
        for (int h = 0; h < extra; h++) {
            futures.add(pool.submit(worker));
        }
        worker.run();
        await(futures);
    }

    private static synchronized ExecutorService helpers(int count) {
        if (helpers == null || ((ThreadPoolExecutor) helpers).getCorePoolSize() < count) {
            if (helpers != null) {
                helpers.shutdown();
            }
            helpers = Executors.newFixedThreadPool(count, runnable -> {
                Thread t = new Thread(runnable, "signsnet-kernel");
                t.setDaemon(true);
                return t;
            });
        }
        return helpers;
    }

    private static void await(List<? extends Future<?>> futures) {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sharing work among threads", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }
}
