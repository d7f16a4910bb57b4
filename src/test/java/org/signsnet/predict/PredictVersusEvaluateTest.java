package org.signsnet.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.signsnet.data.RealSignsData;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.image.NotebookImages;
import org.signsnet.model.TrainingConfig;
import org.signsnet.training.Accuracy;
import org.signsnet.training.Trainer;

/**
 * The acceptance check of {@code signsnet predict}: the 120 test photos as JPEG files, read through
 * predict's image pipeline, get the same answers as the same model gives for {@code test_signs.h5}.
 * Each JPEG is matched to its h5 image by nearest pixels (the JPEGs differ by compression loss only).
 * The model is trained here for a few epochs on the shipped data.
 */
class PredictVersusEvaluateTest {
    static final int EPOCHS = 8;
    static final double CLEAR_MARGIN = 0.1;
    private static float[][] h5Pixels;
    private static SignsData data;
    private static MultiLayerNetwork network;
    private static List<Path> jpegs;

    @BeforeAll
    static void trainAShortRun() throws IOException {
        Path samples = RealSignsData.samples();
        data = new SignsDataLoader().load(RealSignsData.directory());
        try (Stream<Path> files = Files.list(samples)) {
            jpegs = files.filter(f -> f.getFileName().toString().matches("\\d_IMG_.*\\.jpg"))
                    .sorted()
                    .toList();
        }
        h5Pixels = new float[data.test().size()][];
        for (int i = 0; i < h5Pixels.length; i++) {
            h5Pixels[i] = data.test().images().slice(i).dup().data().asFloat();
        }
        network = new Trainer()
                .train(data, TrainingConfig.notebookDefaults().withEpochs(EPOCHS))
                .network();
    }

    @Test
    void eachTestJpegIsItsH5ImageUpToCompressionLossWithTheSameLabel() {
        assertThat(jpegs).hasSize(120);
        int[] labels = data.test().labels();
        for (Path jpeg : jpegs) {
            int match = nearest(NotebookImages.load(jpeg));
            assertThat(labels[match]).as(jpeg.toString()).isEqualTo(labelOf(jpeg));
        }
    }

    /**
     * Accuracy within 3 points, and the same class for at least 97% of the images the network is
     * sure about on the h5 copy (top probability ahead of the second by {@value #CLEAR_MARGIN}):
     * after a short run many answers are near ties, which JPEG loss may tip either way.
     */
    @Test
    void predictOnTheJpegsAgreesWithTheNetworkOnTestSignsH5() {
        Predictor predictor = new Predictor(network);
        int agree = 0;
        int clear = 0;
        int agreeWhenClear = 0;
        int correct = 0;
        for (Path jpeg : jpegs) {
            INDArray input = NotebookImages.load(jpeg);
            Prediction prediction = predictor.predict(jpeg.toString(), input);
            int match = nearest(input);
            Prediction h5 = predictor.predict(
                    jpeg.toString(),
                    data.test()
                            .images()
                            .get(
                                    NDArrayIndex.interval(match, match + 1),
                                    NDArrayIndex.all(),
                                    NDArrayIndex.all(),
                                    NDArrayIndex.all()));
            boolean same = prediction.predicted() == h5.predicted();
            int[] top = h5.topClasses(2);
            boolean isClear = h5.probability(top[0]) - h5.probability(top[1]) >= CLEAR_MARGIN;
            agree += same ? 1 : 0;
            clear += isClear ? 1 : 0;
            agreeWhenClear += isClear && same ? 1 : 0;
            correct += prediction.predicted() == labelOf(jpeg) ? 1 : 0;
        }
        double jpegAccuracy = (double) correct / jpegs.size();
        double h5Accuracy = Accuracy.of(network, data.test());
        System.out.printf(
                "predict vs evaluate after %d epochs: JPEG accuracy %.3f, h5 accuracy %.3f, agreement %d/120,"
                        + " on clear h5 answers %d/%d%n",
                EPOCHS, jpegAccuracy, h5Accuracy, agree, agreeWhenClear, clear);
        assertThat(jpegAccuracy).isCloseTo(h5Accuracy, within(0.03));
        assertThat(clear).isGreaterThanOrEqualTo(30);
        assertThat((double) agreeWhenClear / clear).isGreaterThanOrEqualTo(0.97);
    }

    private static int labelOf(Path jpeg) {
        return jpeg.getFileName().toString().charAt(0) - '0';
    }

    /** Index of the h5 test image closest (mean absolute difference) to {@code input} (1, 64, 64, 3). */
    private static int nearest(INDArray input) {
        float[] pixels = input.dup().data().asFloat();
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < h5Pixels.length; i++) {
            double distance = 0;
            for (int k = 0; k < pixels.length; k++) {
                distance += Math.abs(pixels[k] - h5Pixels[i][k]);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
