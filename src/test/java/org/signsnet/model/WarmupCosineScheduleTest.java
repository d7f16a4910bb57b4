package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.databind.ObjectMapper;

class WarmupCosineScheduleTest {
    private final WarmupCosineSchedule schedule = new WarmupCosineSchedule(0.01, 2, 12, 0.01);

    @Test
    void warmsUpLinearlyThenPeaksThenDecaysToTheFloor() {
        assertThat(schedule.valueAt(0, 0)).isCloseTo(0.01 / 3, within(1e-12));
        assertThat(schedule.valueAt(0, 1)).isCloseTo(0.02 / 3, within(1e-12));
        assertThat(schedule.valueAt(0, 2)).isCloseTo(0.01, within(1e-12));
        assertThat(schedule.valueAt(0, 7))
                .isCloseTo(0.0001 + 0.0099 * 0.5 * (1 + Math.cos(Math.PI * 5 / 9)), within(1e-12));
        assertThat(schedule.valueAt(0, 11)).isCloseTo(0.0001, within(1e-12));
        assertThat(schedule.valueAt(0, 50)).isCloseTo(0.0001, within(1e-12));
    }

    @Test
    void neverIncreasesAfterTheWarmUpAndIgnoresTheIteration() {
        for (int epoch = 3; epoch < 12; epoch++) {
            assertThat(schedule.valueAt(0, epoch)).isLessThan(schedule.valueAt(0, epoch - 1));
            assertThat(schedule.valueAt(999, epoch)).isEqualTo(schedule.valueAt(0, epoch));
        }
    }

    @Test
    void aOneEpochRunUsesThePeak() {
        assertThat(new WarmupCosineSchedule(0.05, 2, 1, 0).valueAt(0, 0)).isEqualTo(0.05);
    }

    @Test
    void survivesDl4jsJsonAsAnISchedule() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writerFor(ISchedule.class).writeValueAsString(schedule);
        ISchedule back = mapper.readValue(json, ISchedule.class);
        assertThat(back).isEqualTo(schedule).isNotSameAs(schedule);
        assertThat(schedule.clone()).isEqualTo(schedule);
    }
}
