package org.signsnet.perf;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Properties;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.signsnet.data.MiniBatchArrays;
import org.signsnet.data.SignsDataset;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.TrainingConfig;
import org.signsnet.nn.ImageParallel;
import org.signsnet.nn.Kernels;

/**
 * Times the notebook model's training the way {@code signsnet train} runs it: every epoch
 * reshuffles into the notebook's minibatches ({@link MiniBatches}) and takes one Adam step per
 * minibatch with {@link MultiLayerNetwork#fit(DataSet)}. One warm-up epoch is not timed. Then
 * {@code output()} throughput over the whole set, in minibatches of the same size.
 */
public final class TrainingBenchmark {
    /**
     * What to run.
     *
     * @param epochs    timed epochs, after one warm-up epoch
     * @param batchSize minibatch size
     * @param reference DL4J's stock convolution and pooling layers instead of the fast ones
     */
    public record Options(int epochs, int batchSize, boolean reference) {
        public Options {
            if (epochs < 1 || epochs > 10_000) {
                throw new IllegalArgumentException("epochs must be in [1, 10000], got " + epochs);
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
            }
        }
    }

    /** Runs the benchmark on {@code train} (the SIGNS training set or data of its shape). */
    public BenchmarkResult run(SignsDataset train, Options options) {
        if (options.batchSize() > train.size()) {
            throw new IllegalArgumentException(
                    "batch size " + options.batchSize() + " exceeds the " + train.size() + " training images");
        }
        TrainingConfig config = (options.reference()
                        ? ModelPreset.NOTEBOOK_STOCK.defaults()
                        : TrainingConfig.notebookDefaults())
                .withBatchSize(options.batchSize());
        MultiLayerNetwork net = NotebookNetworks.create(config);

        System.gc();
        HeapPeak.reset();
        double[] seconds = new double[options.epochs()];
        double[] cpuSeconds = new double[options.epochs()];
        try (MiniBatchArrays arrays = new MiniBatchArrays()) {
            runEpoch(net, train, config, 0, arrays);
            for (int e = 0; e < options.epochs(); e++) {
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                runEpoch(net, train, config, e + 1, arrays);
                seconds[e] = (System.nanoTime() - start) / 1e9;
                cpuSeconds[e] = (processCpuNanos() - cpuStart) / 1e9;
            }
        }
        double inference = inferenceImagesPerSecond(net, train.images(), options.batchSize());
        long peakHeap = HeapPeak.peakMb();
        return BenchmarkResult.of(
                seconds,
                Median.of(cpuSeconds),
                train.size(),
                inference,
                peakHeap,
                backendDescription(),
                options.reference() ? "stock" : "fast",
                Kernels.description(),
                ImageParallel.threads());
    }

    private static void runEpoch(
            MultiLayerNetwork net, SignsDataset train, TrainingConfig config, int epoch, MiniBatchArrays arrays) {
        for (DataSet batch : arrays.batches(train, config.batchSize(), config.shuffleSeedForEpoch(epoch))) {
            net.fit(batch);
        }
    }

    /** Images per second of {@code net.output} over {@code images}; the first pass warms up. */
    static double inferenceImagesPerSecond(MultiLayerNetwork net, INDArray images, int batchSize) {
        long m = images.size(0);
        long start = 0;
        for (int pass = 0; pass < 2; pass++) {
            start = System.nanoTime();
            for (long s = 0; s < m; s += batchSize) {
                net.output(images.get(NDArrayIndex.interval(s, Math.min(m, s + batchSize))), false);
            }
        }
        return m / ((System.nanoTime() - start) / 1e9);
    }

    /** CPU time of the whole process (all threads), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime())
                : 0;
    }

    /** ND4J's backend and BLAS, e.g. {@code CPU, OPENBLAS}. */
    static String backendDescription() {
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        return env.getProperty("backend", "?") + ", " + env.getProperty("blas.vendor", "?");
    }

    /** Random pixels in [0, 1) with random labels, of the SIGNS training set's shape. */
    public static SignsDataset syntheticSigns(int m, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray images = Nd4j.rand(DataType.FLOAT, m, SignsDataset.HEIGHT, SignsDataset.WIDTH, SignsDataset.CHANNELS);
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            labels[i] = i % SignsDataset.NUM_CLASSES;
        }
        return new SignsDataset(images, labels, new long[] {0, 1, 2, 3, 4, 5}, Path.of("synthetic"));
    }
}
