package org.signsnet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;

/**
 * A network's architecture as a learner reads it: each layer's name, what it does ("conv 4x4, 8
 * filters, stride 1, SAME, ReLU") and the shape of its output for one 64 x 64 x 3 image, as in the
 * notebook's comments ({@code (m, n_H, n_W, n_C)} without the {@code m}).
 */
public final class NetworkSummary {
    /** The input every signsnet network takes: one 64 x 64 RGB image, channels last. */
    public static final InputType INPUT = InputType.convolutional(
            NotebookModel.IMAGE_SIZE, NotebookModel.IMAGE_SIZE, NotebookModel.CHANNELS, CNN2DFormat.NHWC);

    /**
     * One layer.
     *
     * @param index       position in the network
     * @param name        the layer's name ({@code conv1}), or {@code layerN} when it has none
     * @param description what it computes
     * @param outputShape {@code [n_H, n_W, n_C]} for image-shaped outputs, {@code [n]} for vectors
     * @param parameters  number of trainable and running parameters
     */
    public record LayerRow(int index, String name, String description, long[] outputShape, long parameters) {
        public LayerRow {
            outputShape = outputShape.clone();
        }

        @Override
        public long[] outputShape() {
            return outputShape.clone();
        }
    }

    private NetworkSummary() {}

    /** The rows of {@code network}, input to output. */
    public static List<LayerRow> of(MultiLayerNetwork network) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        List<InputType> outputs = conf.getLayerActivationTypes(INPUT);
        List<LayerRow> rows = new ArrayList<>();
        for (int i = 0; i < network.getnLayers(); i++) {
            Layer layer = conf.getConf(i).getLayer();
            rows.add(new LayerRow(
                    i,
                    name(layer, i),
                    describe(layer),
                    shape(outputs.get(i)),
                    network.getLayer(i).numParams()));
        }
        return rows;
    }

    /** The layer's name, or {@code layerN}. */
    public static String name(Layer layer, int index) {
        String name = layer.getLayerName();
        return name == null || name.isBlank() ? "layer" + index : name;
    }

    /** {@code [n_H, n_W, n_C]} of an image-shaped type, {@code [n]} of a vector. */
    public static long[] shape(InputType type) {
        if (type instanceof InputType.InputTypeConvolutional c) {
            return new long[] {c.getHeight(), c.getWidth(), c.getChannels()};
        }
        return new long[] {type.arrayElementsPerExample()};
    }

    /** What the layer computes, in the notebook's words. */
    public static String describe(Layer layer) {
        if (layer instanceof ConvolutionLayer c) {
            return String.format(
                    Locale.ROOT,
                    "conv %dx%d, %d filters, stride %d, %s%s",
                    c.getKernelSize()[0],
                    c.getKernelSize()[1],
                    c.getNOut(),
                    c.getStride()[0],
                    mode(c.getConvolutionMode()),
                    activationSuffix(c.getActivationFn()));
        }
        if (layer instanceof SubsamplingLayer s) {
            return String.format(
                    Locale.ROOT,
                    "%s-pool %dx%d, stride %d, %s",
                    s.getPoolingType().name().toLowerCase(Locale.ROOT),
                    s.getKernelSize()[0],
                    s.getKernelSize()[1],
                    s.getStride()[0],
                    mode(s.getConvolutionMode()));
        }
        if (layer instanceof BatchNormalization) {
            return "batch normalisation";
        }
        if (layer instanceof ActivationLayer a) {
            return activationName(a.getActivationFn());
        }
        if (layer instanceof GlobalPoolingLayer g) {
            return "global "
                    + (g.getPoolingType().name().equals("AVG")
                            ? "average"
                            : g.getPoolingType().name().toLowerCase(Locale.ROOT))
                    + " pool";
        }
        if (layer instanceof FeedForwardLayer f) {
            return "fully connected " + f.getNIn() + " -> " + f.getNOut() + activationSuffix(f.getActivationFn());
        }
        return layer.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }

    /** {@code ReLU}, {@code softmax}, ... */
    public static String activationName(IActivation activation) {
        String name = activation.toString();
        return switch (name) {
            case "relu" -> "ReLU";
            case "tanh" -> "tanh";
            default -> name;
        };
    }

    private static String activationSuffix(IActivation activation) {
        return activation == null || activation instanceof ActivationIdentity ? "" : ", " + activationName(activation);
    }

    private static String mode(ConvolutionMode mode) {
        return mode == ConvolutionMode.Same ? "SAME" : mode == ConvolutionMode.Causal ? "causal" : "VALID";
    }
}
