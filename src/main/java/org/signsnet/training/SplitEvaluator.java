package org.signsnet.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.evaluation.classification.ConfusionMatrix;
import org.nd4j.evaluation.classification.Evaluation;
import org.signsnet.data.ClassNames;
import org.signsnet.data.SignsDataset;

/**
 * Evaluates a network on one SIGNS split (or a photo folder's) with DL4J's {@link Evaluation}: accuracy, the confusion
 * matrix and per-class precision, recall and F1 (0 where a class was never predicted or never
 * present, DL4J's default for 0/0).
 */
public final class SplitEvaluator {
    private SplitEvaluator() {}

    /** The metrics of {@code network} on {@code data} ({@link Predictions}). */
    public static SplitEvaluation of(MultiLayerNetwork network, SignsDataset data, String split) {
        int classes = data.classes().length;
        Evaluation evaluation = new Evaluation(classes);
        evaluation.eval(data.oneHotLabels(), Predictions.of(network, data.images()));
        return toSplit(evaluation, split, data.size(), data.classNames());
    }

    private static SplitEvaluation toSplit(Evaluation evaluation, String split, int m, ClassNames names) {
        int classes = names.size();
        double[] precision = new double[classes];
        double[] recall = new double[classes];
        double[] f1 = new double[classes];
        int[][] confusion = new int[classes][classes];
        ConfusionMatrix<Integer> matrix = evaluation.getConfusionMatrix();
        for (int c = 0; c < classes; c++) {
            for (int p = 0; p < classes; p++) {
                confusion[c][p] = matrix.getCount(c, p);
            }
            precision[c] = evaluation.precision(c);
            recall[c] = evaluation.recall(c);
            f1[c] = evaluation.f1(c);
        }
        return new SplitEvaluation(split, m, evaluation.accuracy(), precision, recall, f1, confusion, names.names());
    }
}
