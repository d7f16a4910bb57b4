package org.signsnet.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.signsnet.stepbystep.ConvParams;
import org.signsnet.stepbystep.PoolParams;

/** The benchmark runs and reports every operation (on a tiny batch; no timing assertions). */
class StepByStepBenchmarkTest {

    @Test
    void reportsAMedianForEveryOperationAndImplementation() {
        StepByStepBenchmark.Config tiny =
                new StepByStepBenchmark.Config(2, 8, 3, 2, 3, new ConvParams(1, 1), new PoolParams(2, 2), 3, 0, 1);
        StepByStepBenchmark.Result result = new StepByStepBenchmark().run(tiny);
        assertThat(result.timings())
                .extracting(StepByStepBenchmark.Timing::operation)
                .containsExactly(
                        "conv_forward",
                        "conv_backward",
                        "pool_forward max",
                        "pool_backward max",
                        "pool_forward average",
                        "pool_backward average");
        assertThat(result.timings()).allSatisfy(t -> {
            assertThat(t.loopsMedianMs()).isPositive();
            assertThat(t.vectorisedMedianMs()).isPositive();
            assertThat(t.loopsCpuMedianMs()).isNotNegative();
            assertThat(t.vectorisedCpuMedianMs()).isNotNegative();
        });
    }

    @Test
    void theDefaultsAreTheBriefsBatch() {
        StepByStepBenchmark.Config defaults = StepByStepBenchmark.Config.defaults();
        assertThat(defaults.m()).isEqualTo(64);
        assertThat(defaults.size()).isEqualTo(64);
        assertThat(defaults.filters()).isEqualTo(8);
        assertThat(defaults.f()).isEqualTo(4);
        assertThat(defaults.conv()).isEqualTo(new ConvParams(1, 1));
        assertThat(defaults.pool()).isEqualTo(new PoolParams(2, 2));
        assertThat(defaults.warmUpMillis()).isEqualTo(500);
    }

    @Test
    void nonPositiveRunsAreRejected() {
        assertThatThrownBy(() -> new StepByStepBenchmark.Config(
                        1, 8, 1, 1, 2, new ConvParams(1, 0), new PoolParams(2, 2), 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeWarmUpIsRejected() {
        assertThatThrownBy(() -> new StepByStepBenchmark.Config(
                        1, 8, 1, 1, 2, new ConvParams(1, 0), new PoolParams(2, 2), 1, -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warm-up");
    }
}
