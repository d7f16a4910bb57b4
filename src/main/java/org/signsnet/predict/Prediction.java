package org.signsnet.predict;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.signsnet.data.ClassNames;

/**
 * The network's answer for one image: the notebook's {@code np.squeeze(my_image_prediction)}
 * (the class with the largest softmax output) and the probabilities of all classes (six for SIGNS).
 *
 * @param image         the image's name: its path as given, or an upload's name
 * @param predicted     the most probable class (for SIGNS the sign's number of fingers, 0..5)
 * @param probabilities softmax outputs, one per class, summing to 1
 * @param classNames    the name of each class ({@code "0"} to {@code "5"} for SIGNS)
 */
public record Prediction(String image, int predicted, double[] probabilities, ClassNames classNames) {
    public Prediction {
        probabilities = probabilities.clone();
        if (classNames.size() != probabilities.length) {
            throw new IllegalArgumentException(
                    probabilities.length + " probabilities but " + classNames.size() + " class names");
        }
    }

    /** A prediction among classes named {@code "0"}, {@code "1"}, ...: SIGNS' when there are six. */
    public Prediction(String image, int predicted, double[] probabilities) {
        this(image, predicted, probabilities, ClassNames.numbered(probabilities.length));
    }

    /** The name of the predicted class. */
    public String label() {
        return classNames.name(predicted);
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
        return "Prediction[image=" + image + ", predicted=" + predicted + " (" + label() + "), probabilities="
                + Arrays.toString(probabilities) + "]";
    }
}
