package org.signsnet.training;

import java.util.List;

/**
 * Classification metrics of a model on one split of SIGNS or of a photo folder.
 *
 * @param split     "train", "test" or "all"
 * @param examples  number of images m
 * @param accuracy  the notebook's accuracy: {@code mean(argmax(Z3) == argmax(Y))}
 * @param precision per class c: true positives / predicted as c (0 when nothing is predicted as c)
 * @param recall    per class c: true positives / actually c
 * @param f1        per class: harmonic mean of precision and recall
 * @param confusion {@code confusion[actual][predicted]} counts, 6 x 6 for SIGNS
 * @param labels    the name of each class ({@code "0"} to {@code "5"} for SIGNS)
 */
public record SplitEvaluation(
        String split,
        int examples,
        double accuracy,
        double[] precision,
        double[] recall,
        double[] f1,
        int[][] confusion,
        List<String> labels) {
    public SplitEvaluation {
        labels = List.copyOf(labels);
    }

    /** Number of classes. */
    public int classes() {
        return confusion.length;
    }

    /** Images whose true class is {@code c}. */
    public int support(int c) {
        int sum = 0;
        for (int count : confusion[c]) {
            sum += count;
        }
        return sum;
    }

    /** Unweighted mean of the per-class F1 scores. */
    public double macroF1() {
        double sum = 0;
        for (double v : f1) {
            sum += v;
        }
        return sum / f1.length;
    }
}
