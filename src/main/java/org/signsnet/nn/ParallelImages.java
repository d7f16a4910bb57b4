package org.signsnet.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shares per-image work of the Java kernels (here and in the step-by-step port's vectorised
 * pooling) among threads: ranges of {@link #IMAGES_PER_TASK}
 * images that the threads (the caller one of them) take in turn until none are left, so that a
 * thread slowed down by another process simply takes fewer. The helper threads are daemons of one
 * shared pool, one per extra core.
 */
public final class ParallelImages {
    /** Images a thread takes at a time: small enough to balance two threads when one core is busy. */
    static final int IMAGES_PER_TASK = 4;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), runnable -> {
                Thread t = new Thread(runnable, "signsnet-kernel");
                t.setDaemon(true);
                return t;
            });

    private ParallelImages() {
    }

    /** Work on images {@code [from, to)}. */
    @FunctionalInterface
    public interface ImageRange {
        void run(int from, int to);
    }

    /** The shared helper threads. */
    static ExecutorService executor() {
        return POOL;
    }

    /** Runs {@code work} over images {@code [0, m)} on up to {@code threads} threads; returns when all is done. */
    public static void run(int m, int threads, ImageRange work) {
        int tasks = (m + IMAGES_PER_TASK - 1) / IMAGES_PER_TASK;
        int helpers = Math.max(0, Math.min(Math.min(threads, tasks) - 1, Runtime.getRuntime().availableProcessors() - 1));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                work.run(t * IMAGES_PER_TASK, Math.min(m, (t + 1) * IMAGES_PER_TASK));
            }
        };
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            futures.add(POOL.submit(worker));
        }
        worker.run();
        await(futures);
    }

    /** Waits for {@code futures}, rethrowing a worker's exception. */
    static void await(List<? extends Future<?>> futures) {
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
