package org.signsnet.explain;

import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/**
 * One picture {@code explain} draws: the output of layer {@code layerIndex} of the network, an
 * image-shaped activation {@code (1, n_H, n_W, n_C)} (or NCHW, as the layer's output type says).
 *
 * @param name       file-name-safe name, the layer's own ({@code conv1}, {@code pool1})
 * @param title      what the picture shows, e.g. {@code conv1: conv 4x4, 8 filters, ReLU}
 * @param layerIndex the layer whose output this is
 * @param output     the layer's output type, for its shape and data format
 */
public record Stage(String name, String title, int layerIndex, InputType.InputTypeConvolutional output) {

    /** This stage's maps among {@code activations} (input first, then every layer's output). */
    public FeatureMaps maps(List<INDArray> activations) {
        INDArray a = activations.get(layerIndex + 1);
        int h = (int) output.getHeight();
        int w = (int) output.getWidth();
        int c = (int) output.getChannels();
        if (a.rank() != 4 || a.size(0) != 1) {
            throw new SignsnetException(
                    ErrorKind.INTERNAL,
                    "layer " + name + " gave shape " + Arrays.toString(a.shape()) + ", expected one image of " + h + "x"
                            + w + "x" + c);
        }
        INDArray hwc = output.getFormat() == CNN2DFormat.NCHW ? a.permute(0, 2, 3, 1) : a;
        float[] values = hwc.dup('c').data().asFloat();
        return new FeatureMaps(name, title, h, w, c, values);
    }
}
