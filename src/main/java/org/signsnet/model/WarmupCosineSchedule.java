package org.signsnet.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * A per-epoch learning-rate schedule: a linear warm-up to {@code peak} over the first
 * {@code warmupEpochs} epochs, then a half cosine down to {@code peak * finalFraction} at the last
 * epoch ({@code totalEpochs - 1}); later epochs stay there.
 *
 * <p>It reads the epoch DL4J passes to the updater, which signsnet's trainer sets to the 0-based
 * epoch index before every epoch (so resuming from a checkpoint continues the schedule exactly).
 * The improved preset configures it as DL4J's own {@link MapSchedule} of the same values
 * ({@link #asMapSchedule()}), so its model files name no signsnet class; this class stays
 * Jackson-serialisable for the files of signsnet 0.1, which named it.
 */
public final class WarmupCosineSchedule implements ISchedule {
    private static final long serialVersionUID = 1L;

    private final double peak;
    private final int warmupEpochs;
    private final int totalEpochs;
    private final double finalFraction;

    @JsonCreator
    public WarmupCosineSchedule(
            @JsonProperty("peak") double peak,
            @JsonProperty("warmupEpochs") int warmupEpochs,
            @JsonProperty("totalEpochs") int totalEpochs,
            @JsonProperty("finalFraction") double finalFraction) {
        if (!(peak > 0) || warmupEpochs < 0 || totalEpochs < 1 || !(finalFraction >= 0 && finalFraction <= 1)) {
            throw new IllegalArgumentException("need peak > 0, warmupEpochs >= 0, totalEpochs >= 1, "
                    + "finalFraction in [0, 1]; got " + peak + ", " + warmupEpochs + ", " + totalEpochs + ", "
                    + finalFraction);
        }
        this.peak = peak;
        this.warmupEpochs = warmupEpochs;
        this.totalEpochs = totalEpochs;
        this.finalFraction = finalFraction;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        int warmup = Math.min(warmupEpochs, totalEpochs - 1);
        if (epoch < warmup) {
            return peak * (epoch + 1) / (warmup + 1);
        }
        int decayEpochs = totalEpochs - 1 - warmup;
        double t = decayEpochs == 0 ? 0 : Math.min(1.0, (double) (epoch - warmup) / decayEpochs);
        double floor = peak * finalFraction;
        return floor + (peak - floor) * 0.5 * (1 + Math.cos(Math.PI * t));
    }

    /** DL4J's {@link MapSchedule} with this schedule's value for every epoch up to the last (later ones keep it). */
    public MapSchedule asMapSchedule() {
        Map<Integer, Double> values = new HashMap<>();
        for (int epoch = 0; epoch < totalEpochs; epoch++) {
            values.put(epoch, valueAt(0, epoch));
        }
        return new MapSchedule(ScheduleType.EPOCH, values);
    }

    @Override
    public ISchedule clone() {
        return new WarmupCosineSchedule(peak, warmupEpochs, totalEpochs, finalFraction);
    }

    @JsonProperty("peak")
    public double getPeak() {
        return peak;
    }

    @JsonProperty("warmupEpochs")
    public int getWarmupEpochs() {
        return warmupEpochs;
    }

    @JsonProperty("totalEpochs")
    public int getTotalEpochs() {
        return totalEpochs;
    }

    @JsonProperty("finalFraction")
    public double getFinalFraction() {
        return finalFraction;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WarmupCosineSchedule s
                && s.peak == peak
                && s.warmupEpochs == warmupEpochs
                && s.totalEpochs == totalEpochs
                && s.finalFraction == finalFraction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(peak, warmupEpochs, totalEpochs, finalFraction);
    }

    @Override
    public String toString() {
        return "WarmupCosineSchedule(peak=" + peak + ", warmupEpochs=" + warmupEpochs + ", totalEpochs=" + totalEpochs
                + ", finalFraction=" + finalFraction + ")";
    }
}
