package org.signsnet.explain;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/**
 * {@code d z_k / d x}: the gradient of class {@code k}'s score with respect to the input pixels,
 * for one image, with the network in inference mode (batch normalisation with its running
 * statistics, no dropout), exactly the function {@code network.output(x, false)} computes.
 *
 * <p><b>Which score.</b> {@code z_k} is the logit, the output layer's input to the softmax (the
 * notebook's {@code Z3[k]}), as in Simonyan et al.'s saliency maps. The alternative, the gradient
 * of {@code log softmax(z)_k} (what {@code MultiLayerNetwork.calculateGradients} with a one-hot
 * label gives, negated), equals {@code dz_k/dx - sum_j p_j dz_j/dx}: it vanishes as the network
 * grows sure ({@code p_k -> 1}), so a confident answer would show an almost empty, noisy map, and
 * it mixes in the evidence against the other classes. {@code calculateGradients} also runs the
 * forward pass in training mode (dropout on, batch statistics of the one image), which is not the
 * function that made the prediction.
 *
 * <p><b>How.</b> The output layer is dense, {@code z = a W + b}, so {@code dz_k/da} is column
 * {@code k} of {@code W}. From there the gradient goes back layer by layer through DL4J's own
 * backward passes ({@code Layer.backpropGradient}) and input preprocessors; signsnet's fast
 * convolution and pooling layers are run backwards by DL4J's stock runtime layers on the same
 * configuration and parameters (their results agree within float tolerance, and the fast first
 * layer skips its input gradient). Batch normalisation in inference mode is the per-channel affine
 * map {@code gamma (x - mean) / sqrt(var + eps) + beta}, whose backward pass is a multiplication by
 * {@code gamma / sqrt(var + eps)}; DL4J's own backward pass assumes batch statistics, so this one
 * is done here.
 *
 * <p>Not thread-safe: it sets the inputs of the network's layers.
 */
public final class ClassScoreGradient {
    private static final LayerWorkspaceMgr NO_WORKSPACES = LayerWorkspaceMgr.noWorkspaces();

    private final MultiLayerNetwork network;
    private final MultiLayerConfiguration conf;
    /** For each layer below the output layer, the runtime layer that runs its backward pass (null for batch norm). */
    private final List<Layer> backward;

    public ClassScoreGradient(MultiLayerNetwork network) {
        this.network = network;
        this.conf = network.getLayerWiseConfigurations();
        if (!(network.getOutputLayer().conf().getLayer() instanceof BaseOutputLayer)) {
            throw new SignsnetException(ErrorKind.MODEL, "explain needs a network whose last layer is a dense output"
                    + " layer; this one ends with " + network.getOutputLayer().conf().getLayer().getClass().getSimpleName());
        }
        this.backward = new ArrayList<>();
        for (int i = 0; i < network.getnLayers() - 1; i++) {
            backward.add(backwardLayer(network.getLayer(i), conf.getDataType()));
        }
    }

    /**
     * {@code d z_k / d x} with the shape of the input {@code (1, 64, 64, 3)}.
     *
     * @param activations {@code network.feedForward(x, false)}: the input, then every layer's output
     * @param k           the class whose score is differentiated
     */
    public INDArray of(List<INDArray> activations, int k) {
        int n = network.getnLayers();
        INDArray weights = network.getOutputLayer().getParam(DefaultParamInitializer.WEIGHT_KEY);
        INDArray epsilon = weights.getColumn(k).reshape(1, weights.size(0)).dup();
        epsilon = backThroughPreprocessor(n - 1, epsilon);
        for (int i = n - 2; i >= 0; i--) {
            epsilon = backThroughLayer(i, layerInput(i, activations), epsilon);
            epsilon = backThroughPreprocessor(i, epsilon);
        }
        return epsilon;
    }

    private INDArray layerInput(int i, List<INDArray> activations) {
        InputPreProcessor preprocessor = conf.getInputPreProcess(i);
        INDArray input = activations.get(i);
        return preprocessor == null ? input : preprocessor.preProcess(input.dup(), (int) input.size(0), NO_WORKSPACES);
    }

    private INDArray backThroughPreprocessor(int i, INDArray epsilon) {
        InputPreProcessor preprocessor = conf.getInputPreProcess(i);
        return preprocessor == null ? epsilon : preprocessor.backprop(epsilon, (int) epsilon.size(0), NO_WORKSPACES);
    }

    private INDArray backThroughLayer(int i, INDArray input, INDArray epsilon) {
        Layer layer = network.getLayer(i);
        if (layer.conf().getLayer() instanceof BatchNormalization bn) {
            return batchNormBackward(layer, bn, epsilon);
        }
        Layer runtime = backward.get(i);
        runtime.setInput(input, NO_WORKSPACES);
        Pair<Gradient, INDArray> result = runtime.backpropGradient(epsilon, NO_WORKSPACES);
        runtime.clear();
        if (result.getSecond() == null) {
            throw new SignsnetException(ErrorKind.INTERNAL, "layer " + i + " returned no input gradient");
        }
        return result.getSecond();
    }

    /** {@code epsilon * gamma / sqrt(var + eps)} per channel, with the layer's running variance. */
    private static INDArray batchNormBackward(Layer layer, BatchNormalization bn, INDArray epsilon) {
        INDArray variance;
        if (bn.isUseLogStd()) {
            INDArray std = Transforms.pow(Nd4j.valueArrayOf(layer.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD)
                    .shape(), 10.0, epsilon.dataType()), layer.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD), true);
            variance = std.mul(std);
        } else {
            variance = layer.getParam(BatchNormalizationParamInitializer.GLOBAL_VAR);
        }
        INDArray scale = Transforms.sqrt(variance.add(bn.getEps()), false).rdivi(1.0);
        if (!bn.isLockGammaBeta()) {
            scale.muli(layer.getParam(BatchNormalizationParamInitializer.GAMMA));
        } else {
            scale.muli(bn.getGamma());
        }
        scale = scale.reshape(scale.length()).castTo(epsilon.dataType());
        int channelAxis = epsilon.rank() == 2 || bn.getCnn2DFormat() == CNN2DFormat.NCHW ? 1 : epsilon.rank() - 1;
        INDArray out = epsilon.ulike();
        Nd4j.getExecutioner().exec(new BroadcastMulOp(epsilon, scale, out, channelAxis));
        return out;
    }

    /**
     * The runtime layer that runs {@code layer}'s backward pass: DL4J's stock convolution or
     * pooling layer on the same configuration and parameters for those layer types (with a
     * gradient buffer of its own, so the network's is untouched), the layer itself for DL4J layers
     * without parameters (activation, global pooling), none for batch normalisation.
     */
    private static Layer backwardLayer(Layer layer, DataType dataType) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        if (conf instanceof BatchNormalization) {
            return null;
        }
        if (conf instanceof ConvolutionLayer && isStockOrSignsnet(conf, ConvolutionLayer.class)) {
            Layer stock = new org.deeplearning4j.nn.layers.convolution.ConvolutionLayer(layer.conf(), dataType);
            stock.setParamTable(layer.paramTable());
            stock.setBackpropGradientsViewArray(Nd4j.create(dataType, 1, layer.numParams()));
            return stock;
        }
        if (conf instanceof SubsamplingLayer && isStockOrSignsnet(conf, SubsamplingLayer.class)) {
            return new org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer(layer.conf(), dataType);
        }
        if (layer.numParams() == 0 && layer.getClass().getName().startsWith("org.deeplearning4j.")) {
            return layer;
        }
        throw new SignsnetException(ErrorKind.MODEL, "explain cannot compute the saliency through layer "
                + layer.getIndex() + " (" + conf.getClass().getSimpleName() + "); it supports convolution, pooling,"
                + " batch normalisation, activation and global pooling layers before a dense output layer");
    }

    /** DL4J's own class, or a signsnet subclass of it (the fast layers): not another DL4J subclass such as a deconvolution. */
    private static boolean isStockOrSignsnet(org.deeplearning4j.nn.conf.layers.Layer conf, Class<?> stock) {
        return conf.getClass() == stock || conf.getClass().getName().startsWith("org.signsnet.");
    }
}
