package org.signsnet.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.signsnet.data.SignsDataset;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.TrainingConfig;
import org.signsnet.report.TinyData;

class SplitEvaluatorTest {
    @Test
    void confusionMatrixCountsEveryImageOnceAndAgreesWithTheNotebooksAccuracy() {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        SignsDataset data = TinyData.of(300).test();
        SplitEvaluation e = SplitEvaluator.of(network, data, "test");
        assertThat(Arrays.stream(e.confusion()).flatMapToInt(Arrays::stream).sum())
                .isEqualTo(300);
        assertThat(e.accuracy()).isCloseTo(Accuracy.of(network, data), within(1e-12));
        int[] predicted = Accuracy.predictedClasses(network, data.images());
        for (int c = 0; c < 6; c++) {
            assertThat(e.support(c)).isEqualTo(50);
            int predictedAsC = 0;
            for (int p : predicted) {
                predictedAsC += p == c ? 1 : 0;
            }
            double precision = predictedAsC == 0 ? 0 : (double) e.confusion()[c][c] / predictedAsC;
            assertThat(e.precision()[c]).isCloseTo(precision, within(1e-12));
            assertThat(e.recall()[c]).isCloseTo(e.confusion()[c][c] / 50.0, within(1e-12));
        }
    }

    @Test
    void f1IsTheHarmonicMeanAndZeroWhenAClassIsNeverRight() {
        SplitEvaluation e = new SplitEvaluation(
                "t",
                4,
                0.5,
                new double[] {1, 0},
                new double[] {0.5, 0},
                new double[] {2 * 0.5 / 1.5, 0},
                new int[][] {{1, 1}, {1, 1}},
                List.of("0", "1"));
        assertThat(e.macroF1()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(e.support(0)).isEqualTo(2);
    }
}
