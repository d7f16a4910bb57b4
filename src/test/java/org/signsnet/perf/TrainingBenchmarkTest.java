package org.signsnet.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.signsnet.data.SignsDataset;
import org.signsnet.io.Json;

class TrainingBenchmarkTest {
    @Test
    void timesEpochsAndReportsEveryField() throws Exception {
        SignsDataset small = TrainingBenchmark.syntheticSigns(48, 1);
        BenchmarkResult result = new TrainingBenchmark().run(small, new TrainingBenchmark.Options(3, 16, false));

        assertThat(result.epochs()).isEqualTo(3);
        assertThat(result.epochSeconds())
                .hasSize(3)
                .allSatisfy(s -> assertThat(s).isPositive());
        assertThat(result.secondsPerEpochMin()).isLessThanOrEqualTo(result.secondsPerEpochMedian());
        assertThat(result.imagesPerSecondTrain()).isPositive();
        assertThat(result.imagesPerSecondInference()).isPositive();
        assertThat(result.peakHeapMb()).isPositive();
        assertThat(result.layers()).isEqualTo("fast");
        assertThat(result.kernels()).isEqualTo(org.signsnet.nn.Kernels.description());
        assertThat(result.threads()).isEqualTo(org.signsnet.nn.ImageParallel.threads());

        var json = Json.mapper().readTree(Json.write(result));
        assertThat(json.fieldNames())
                .toIterable()
                .contains(
                        "epochs",
                        "seconds_per_epoch_median",
                        "seconds_per_epoch_min",
                        "images_per_second_train",
                        "images_per_second_inference",
                        "peak_heap_mb",
                        "backend",
                        "layers",
                        "kernels",
                        "threads");
    }

    @Test
    void medianOfAnEvenNumberOfEpochsIsTheMeanOfTheMiddleTwo() {
        BenchmarkResult r = BenchmarkResult.of(new double[] {4, 1, 3, 2}, 0.5, 10, 1, 1, "b", "fast", "k", 1);
        assertThat(r.secondsPerEpochMedian()).isEqualTo(2.5);
        assertThat(r.secondsPerEpochMin()).isEqualTo(1);
        assertThat(r.imagesPerSecondTrain()).isEqualTo(4);
    }

    @Test
    void rejectsABatchLargerThanTheData() {
        SignsDataset small = TrainingBenchmark.syntheticSigns(8, 1);
        assertThatThrownBy(() -> new TrainingBenchmark().run(small, new TrainingBenchmark.Options(1, 16, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch size 16");
    }
}
