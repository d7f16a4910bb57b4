package org.signsnet.explain;

import java.util.List;
import org.signsnet.image.RgbImage;
import org.signsnet.predict.Prediction;

/**
 * What {@code signsnet explain} shows for one image.
 *
 * @param prediction the network's answer (same numbers as {@code signsnet predict})
 * @param input      the 64 x 64 picture the network receives, samples in [0, 255]
 * @param stages     the feature maps of each convolution block, after activation and after pooling
 * @param saliency   where the predicted class's score is sensitive to the input
 */
public record Explanation(Prediction prediction, RgbImage input, List<FeatureMaps> stages, Saliency saliency) {
    public Explanation {
        stages = List.copyOf(stages);
    }

    /** The image's name, as in the prediction. */
    public String image() {
        return prediction.image();
    }
}
