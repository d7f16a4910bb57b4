package org.signsnet.app;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The network's answer for one image: the notebook's {@code np.squeeze(my_image_prediction)}
 * (the class with the largest softmax output) and all six probabilities.
 *
 * @param image         the image's name: its path as given, or an upload's name
 * @param predicted     the most probable class (the sign's number of fingers, 0..5)
 * @param probabilities softmax outputs, one per class, summing to 1
 */
public record Prediction(String image, int predicted, double[] probabilities) {
    public Prediction {
        probabilities = probabilities.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The {@code k} most probable classes, most probable first (ties: lower class first). */
    public int[] topClasses(int k) {
        return IntStream.range(0, probabilities.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> -probabilities[c])
                        .thenComparingInt(c -> c))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The probability of class {@code c}. */
    public double probability(int c) {
        return probabilities[c];
    }

    @Override
    public String toString() {
        return "Prediction[image=" + image + ", predicted=" + predicted + ", probabilities="
                + Arrays.toString(probabilities) + "]";
    }
}
