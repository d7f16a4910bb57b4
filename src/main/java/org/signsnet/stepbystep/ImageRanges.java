package org.signsnet.stepbystep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits a batch's images among the cores for the vectorised pooling kernels: ranges of
 * {@link #IMAGES_PER_TASK} images that the threads (the caller one of them) take in turn until none
 * are left, so that a thread slowed down by another process simply takes fewer. Each image's result
 * depends on that image alone, so the results do not depend on the split.
 */
final class ImageRanges {
    static final int IMAGES_PER_TASK = 8;
    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService POOL = HELPERS == 0 ? null : Executors.newFixedThreadPool(HELPERS, r -> {
        Thread t = new Thread(r, "signsnet-pooling");
        t.setDaemon(true);
        return t;
    });

    private ImageRanges() {
    }

    /** Work on images {@code [from, to)}, with its own scratch arrays. */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    /** Runs {@code work} over images {@code [0, m)} and returns when all of it is done. */
    static void run(int m, Range work) {
        int tasks = (m + IMAGES_PER_TASK - 1) / IMAGES_PER_TASK;
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                work.run(t * IMAGES_PER_TASK, Math.min(m, (t + 1) * IMAGES_PER_TASK));
            }
        };
        int helpers = Math.min(HELPERS, tasks - 1);
        List<Future<?>> futures = new ArrayList<>(Math.max(0, helpers));
        for (int h = 0; h < helpers; h++) {
            futures.add(POOL.submit(worker));
        }
        worker.run();
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pooling", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }
}
