package org.signsnet.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.signsnet.data.RealSignsData;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.TrainingConfig;

/** Smoke runs of the improved preset through the Trainer on 128 of the shipped SIGNS images. */
class ImprovedTrainingTest {
    private static SignsData tiny;

    @BeforeAll
    static void loadASubset() {
        SignsData data = new SignsDataLoader().load(RealSignsData.directory());
        tiny = new SignsData(
                data.train().subset(IntStream.range(0, 128).toArray()),
                data.test().subset(IntStream.range(0, 32).toArray()));
    }

    private static TrainingConfig config() {
        return ModelPreset.IMPROVED.defaults().withEpochs(3).withBatchSize(32).withLearningRate(0.01);
    }

    @Test
    void costFallsOverAShortRun() {
        TrainingResult result = new Trainer().train(tiny, config());
        assertThat(result.epochs()).hasSize(3);
        assertThat(result.meanCosts().get(2)).isLessThan(result.meanCosts().get(0));
    }

    @Test
    void sameSeedGivesTheSameNumbersAndAnotherSeedDoesNot() {
        TrainingConfig config = config().withEpochs(1);
        TrainingResult first = new Trainer().train(tiny, config);
        TrainingResult second = new Trainer().train(tiny, config);
        assertThat(second.meanCosts()).isEqualTo(first.meanCosts());
        assertThat(second.network().params()).isEqualTo(first.network().params());
        assertThat(second.testAccuracy()).isEqualTo(first.testAccuracy());
        assertThat(new Trainer().train(tiny, config.withSeed(4)).meanCosts()).isNotEqualTo(first.meanCosts());
    }
}
