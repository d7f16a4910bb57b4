package org.signsnet.perf;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code signsnet bench} measured: training epochs of the notebook model after one warm-up
 * epoch, inference throughput, the peak Java heap, and which code ran.
 *
 * @param epochs                   timed epochs (the warm-up epoch excluded)
 * @param epochSeconds             wall time of each timed epoch
 * @param secondsPerEpochMedian    median of {@code epochSeconds}
 * @param secondsPerEpochMin       minimum of {@code epochSeconds}
 * @param cpuSecondsPerEpochMedian median CPU time of the process per timed epoch (all threads): the
 *                                 work done, which unlike wall time barely depends on other load
 * @param imagesPerSecondTrain     training images per second at the median epoch time
 * @param imagesPerSecondInference {@code output()} images per second over the training set
 * @param peakHeapMb               peak used Java heap during the run, MiB
 * @param backend                  ND4J backend and BLAS
 * @param layers                   {@code fast} (signsnet's layers, the notebook preset) or {@code stock} (DL4J's)
 * @param kernels                  what the fast layers run on ({@code org.signsnet.nn.Kernels#description()})
 * @param threads                  threads the fast layers share a batch among
 */
@JsonPropertyOrder({
    "epochs",
    "seconds_per_epoch_median",
    "seconds_per_epoch_min",
    "images_per_second_train",
    "images_per_second_inference",
    "peak_heap_mb",
    "cpu_seconds_per_epoch_median",
    "backend",
    "layers",
    "kernels",
    "threads",
    "epoch_seconds"
})
public record BenchmarkResult(
        @JsonProperty("epochs") int epochs,
        @JsonProperty("epoch_seconds") List<Double> epochSeconds,
        @JsonProperty("seconds_per_epoch_median") double secondsPerEpochMedian,
        @JsonProperty("seconds_per_epoch_min") double secondsPerEpochMin,
        @JsonProperty("cpu_seconds_per_epoch_median") double cpuSecondsPerEpochMedian,
        @JsonProperty("images_per_second_train") double imagesPerSecondTrain,
        @JsonProperty("images_per_second_inference") double imagesPerSecondInference,
        @JsonProperty("peak_heap_mb") long peakHeapMb,
        @JsonProperty("backend") String backend,
        @JsonProperty("layers") String layers,
        @JsonProperty("kernels") String kernels,
        @JsonProperty("threads") int threads) {

    public BenchmarkResult {
        epochSeconds = List.copyOf(epochSeconds);
    }

    /** Median and minimum of the epoch times; training throughput for {@code images} per epoch. */
    static BenchmarkResult of(
            double[] epochSeconds,
            double cpuSecondsMedian,
            int images,
            double inferenceImagesPerSecond,
            long peakHeapMb,
            String backend,
            String layers,
            String kernels,
            int threads) {
        double median = Median.of(epochSeconds);
        return new BenchmarkResult(
                epochSeconds.length,
                Arrays.stream(epochSeconds).boxed().toList(),
                median,
                Arrays.stream(epochSeconds).min().orElseThrow(),
                cpuSecondsMedian,
                images / median,
                inferenceImagesPerSecond,
                peakHeapMb,
                backend,
                layers,
                kernels,
                threads);
    }
}
