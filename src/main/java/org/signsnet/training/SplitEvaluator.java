package org.signsnet.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.evaluation.classification.ConfusionMatrix;
import org.nd4j.evaluation.classification.Evaluation;
import org.signsnet.data.SignsDataset;

/**
 * Evaluates a network on one SIGNS split with DL4J's {@link Evaluation}: accuracy and the confusion
 * matrix, from which per-class precision, recall and F1 follow.
 */
public final class SplitEvaluator {
    private SplitEvaluator() {
    }

    /** The metrics of {@code network} on {@code data} ({@link Predictions}). */
    public static SplitEvaluation of(MultiLayerNetwork network, SignsDataset data, String split) {
        int classes = data.classes().length;
        Evaluation evaluation = new Evaluation(classes);
        evaluation.eval(data.oneHotLabels(), Predictions.of(network, data.images()));
        return toSplit(evaluation, split, data.size(), classes);
    }

    private static SplitEvaluation toSplit(Evaluation evaluation, String split, int m, int classes) {
        double[] precision = new double[classes];
        double[] recall = new double[classes];
        double[] f1 = new double[classes];
        int[][] confusion = new int[classes][classes];
        ConfusionMatrix<Integer> matrix = evaluation.getConfusionMatrix();
        for (int c = 0; c < classes; c++) {
            for (int p = 0; p < classes; p++) {
                confusion[c][p] = matrix.getCount(c, p);
            }
        }
        for (int c = 0; c < classes; c++) {
            precision[c] = ratio(confusion[c][c], column(confusion, c));
            recall[c] = ratio(confusion[c][c], row(confusion, c));
            f1[c] = precision[c] + recall[c] == 0 ? 0 : 2 * precision[c] * recall[c] / (precision[c] + recall[c]);
        }
        return new SplitEvaluation(split, m, evaluation.accuracy(), precision, recall, f1, confusion);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private static int row(int[][] matrix, int r) {
        int sum = 0;
        for (int v : matrix[r]) {
            sum += v;
        }
        return sum;
    }

    private static int column(int[][] matrix, int c) {
        int sum = 0;
        for (int[] r : matrix) {
            sum += r[c];
        }
        return sum;
    }
}
