package org.signsnet.perf;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code signsnet bench} measured: training epochs of the notebook model after one warm-up
 * epoch, inference throughput, the peak Java heap, and which native code ran.
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
 * @param backend                  ND4J backend, BLAS and whether oneDNN is in the native library
 * @param nativeClassifier         the {@code nd4j-native} build loaded, e.g. {@code linux-x86_64-onednn}
 * @param convolution              {@code stock-order} (the notebook preset's fast layers) or {@code stock} (DL4J's layers)
 * @param threads                  ND4J's OpenMP threads
 */
@JsonPropertyOrder({"epochs", "seconds_per_epoch_median", "seconds_per_epoch_min", "images_per_second_train",
    "images_per_second_inference", "peak_heap_mb", "cpu_seconds_per_epoch_median", "backend", "native_classifier", "convolution", "threads",
    "epoch_seconds"})
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
        @JsonProperty("native_classifier") String nativeClassifier,
        @JsonProperty("convolution") String convolution,
        @JsonProperty("threads") int threads) {

    public BenchmarkResult {
        epochSeconds = List.copyOf(epochSeconds);
    }

    /** Median and minimum of the epoch times; training throughput for {@code images} per epoch. */
    static BenchmarkResult of(double[] epochSeconds, double cpuSecondsMedian, int images, double inferenceImagesPerSecond, long peakHeapMb,
            String backend, String nativeClassifier, String convolution, int threads) {
        double median = Median.of(epochSeconds);
        return new BenchmarkResult(epochSeconds.length, Arrays.stream(epochSeconds).boxed().toList(), median,
                Arrays.stream(epochSeconds).min().orElseThrow(), cpuSecondsMedian,
                images / median, inferenceImagesPerSecond, peakHeapMb, backend, nativeClassifier, convolution, threads);
    }

    /** The acceptance target of the training-speed issue: a median epoch of at most 0.25 s. */
    @JsonIgnore
    public boolean meetsTarget() {
        return secondsPerEpochMedian <= 0.25;
    }
}
