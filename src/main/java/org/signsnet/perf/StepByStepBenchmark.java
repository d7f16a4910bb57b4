package org.signsnet.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.random.NumpyRandom;
import org.signsnet.stepbystep.ConvForward;
import org.signsnet.stepbystep.ConvGradients;
import org.signsnet.stepbystep.ConvParams;
import org.signsnet.stepbystep.ConvolutionOps;
import org.signsnet.stepbystep.LoopConvolutionOps;
import org.signsnet.stepbystep.PoolForward;
import org.signsnet.stepbystep.PoolMode;
import org.signsnet.stepbystep.PoolParams;
import org.signsnet.stepbystep.VectorisedConvolutionOps;

/**
 * Times {@link LoopConvolutionOps} against {@link VectorisedConvolutionOps} on the same inputs:
 * conv forward/backward and pool forward/backward (max and average), reporting the median wall time
 * and the median CPU time of the calling thread over several runs of each (after warm-up runs,
 * alternating the two implementations run by run, and freeing each run's results right after it).
 * Both implementations run on the calling thread, so on a shared, busy machine the CPU-time ratio
 * is the steadier measure (it leaves out time spent waiting for a core, and the garbage collector's
 * threads); the one exception is the vectorised max-pool backward, which shares its mask pass with a
 * helper thread per extra core, so its CPU time counts the calling thread's share only. Run it with
 * {@code signsnet step-by-step --bench}.
 */
public final class StepByStepBenchmark {

    /**
     * What to time.
     *
     * @param m images in the batch
     * @param size image height and width
     * @param channels input channels {@code n_C_prev}
     * @param filters number of filters {@code n_C}
     * @param f filter size
     * @param conv convolution stride and pad
     * @param pool pooling window and stride
     * @param runs timed runs per operation and implementation (the median is reported)
     * @param warmUpMillis least time each implementation runs untimed before the timed runs of an
     *        operation (and at least {@value StepByStepBenchmark#WARM_UP_RUNS} runs)
     * @param seed NumpyRandom seed for the inputs
     */
    public record Config(
            int m,
            int size,
            int channels,
            int filters,
            int f,
            ConvParams conv,
            PoolParams pool,
            int runs,
            long warmUpMillis,
            long seed) {
        public Config {
            if (m < 1 || size < 1 || channels < 1 || filters < 1 || f < 1 || runs < 1) {
                throw new IllegalArgumentException("benchmark sizes and runs must be positive");
            }
            if (warmUpMillis < 0) {
                throw new IllegalArgumentException("benchmark warm-up time must not be negative");
            }
        }

        /**
         * 64 images 64x64x3, 8 filters 4x4 with pad 1 stride 1, pooling f 2 stride 2, 5 runs after
         * 500 ms of warm-up.
         */
        public static Config defaults() {
            return new Config(64, 64, 3, 8, 4, new ConvParams(1, 1), new PoolParams(2, 2), 5, 500, 1);
        }
    }

    /** Median wall and thread-CPU times of one operation, in milliseconds. */
    public record Timing(
            String operation,
            double loopsMedianMs,
            double vectorisedMedianMs,
            double loopsCpuMedianMs,
            double vectorisedCpuMedianMs) {
        /** How many times faster the vectorised implementation is, by wall time. */
        public double speedup() {
            return loopsMedianMs / vectorisedMedianMs;
        }

        /** How many times faster the vectorised implementation is, by CPU time of the calling thread. */
        public double cpuSpeedup() {
            return loopsCpuMedianMs / vectorisedCpuMedianMs;
        }
    }

    /** All timings of one benchmark run. */
    public record Result(Config config, List<Timing> timings) {}

    /** Untimed runs of each implementation before the timed ones, at least. */
    static final int WARM_UP_RUNS = 3;

    private final ConvolutionOps loops = new LoopConvolutionOps();
    private final ConvolutionOps vectorised = new VectorisedConvolutionOps();

    /** Runs the benchmark; takes a few tens of seconds with the defaults. */
    public Result run(Config config) {
        NumpyRandom random = new NumpyRandom(config.seed());
        INDArray aPrev = randn(random, config.m(), config.size(), config.size(), config.channels());
        INDArray w = randn(random, config.f(), config.f(), config.channels(), config.filters());
        INDArray b = randn(random, 1, 1, 1, config.filters());
        ConvForward forward = vectorised.convForward(aPrev, w, b, config.conv());
        INDArray dZ = randn(
                random,
                Arrays.stream(forward.z().shape()).mapToInt(Math::toIntExact).toArray());
        PoolForward pooled = vectorised.poolForward(aPrev, config.pool(), PoolMode.MAX);
        INDArray dA = randn(
                random,
                Arrays.stream(pooled.a().shape()).mapToInt(Math::toIntExact).toArray());

        List<Timing> timings = new ArrayList<>();
        timings.add(time("conv_forward", config, ops -> ops.convForward(aPrev, w, b, config.conv())));
        timings.add(time("conv_backward", config, ops -> ops.convBackward(dZ, forward.cache())));
        for (PoolMode mode : PoolMode.values()) {
            timings.add(time(
                    "pool_forward " + mode.notebookName(), config, ops -> ops.poolForward(aPrev, config.pool(), mode)));
            timings.add(time(
                    "pool_backward " + mode.notebookName(), config, ops -> ops.poolBackward(dA, pooled.cache(), mode)));
        }
        return new Result(config, List.copyOf(timings));
    }

    /**
     * Warm-up: each implementation runs untimed until it has run {@value #WARM_UP_RUNS} times and for
     * at least {@link Config#warmUpMillis} (a sub-millisecond kernel runs hundreds of times, so that
     * the JIT has compiled it fully; after only three runs the pooling kernels' first timed runs were
     * up to 1.5x slower than their later ones). Then {@code runs} timed runs of each, alternating
     * loops and vectorised so that both see the same load on a shared machine.
     */
    private Timing time(String operation, Config config, Function<ConvolutionOps, Object> body) {
        int runs = config.runs();
        warmUp(loops, body, config.warmUpMillis());
        warmUp(vectorised, body, config.warmUpMillis());
        double[][] loopTimes = new double[2][runs];
        double[][] vectorisedTimes = new double[2][runs];
        for (int r = 0; r < runs; r++) {
            timeOnce(loops, body, loopTimes, r);
            timeOnce(vectorised, body, vectorisedTimes, r);
        }
        return new Timing(
                operation,
                Median.of(loopTimes[0]),
                Median.of(vectorisedTimes[0]),
                Median.of(loopTimes[1]),
                Median.of(vectorisedTimes[1]));
    }

    private static void warmUp(ConvolutionOps ops, Function<ConvolutionOps, Object> body, long millis) {
        long start = System.nanoTime();
        long nanos = millis * 1_000_000L;
        for (int w = 0; w < WARM_UP_RUNS || System.nanoTime() - start < nanos; w++) {
            release(body.apply(ops));
        }
    }

    /** Runs {@code body} once, storing wall ms in {@code times[0][r]} and thread-CPU ms in {@code times[1][r]}. */
    private static void timeOnce(ConvolutionOps ops, Function<ConvolutionOps, Object> body, double[][] times, int r) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Object result = body.apply(ops);
        times[0][r] = (System.nanoTime() - start) / 1e6;
        times[1][r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        release(result);
    }

    /**
     * Frees the off-heap memory of a result's new arrays now (untimed), not whenever the garbage
     * collector next runs: otherwise every run's output allocation lands on fresh pages (page faults
     * of several ms for a 6 MB result on a loaded machine) or on recycled ones depending on how much
     * Java garbage the previous run left behind, which made the same operation vary two- to threefold.
     * The caches, which hold the benchmark's inputs, are left alone.
     */
    private static void release(Object result) {
        if (result instanceof ConvForward forward) {
            close(forward.z());
        } else if (result instanceof ConvGradients gradients) {
            close(gradients.dAPrev());
            close(gradients.dW());
            close(gradients.db());
        } else if (result instanceof PoolForward forward) {
            close(forward.a());
        } else if (result instanceof INDArray array) {
            close(array);
        }
    }

    private static void close(INDArray array) {
        if (array.closeable()) {
            array.close();
        }
    }

    private static INDArray randn(NumpyRandom random, int... shape) {
        long[] longShape = Arrays.stream(shape).asLongStream().toArray();
        return Nd4j.create(random.randn(shape), longShape, DataType.DOUBLE);
    }
}
