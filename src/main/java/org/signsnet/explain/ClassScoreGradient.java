package org.signsnet.explain;

import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.model.NetworkSummary;

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
 * backward passes ({@code Layer.backpropGradient}) and input preprocessors, on a copy of the
 * network with DL4J's stock layers (the configuration and parameters of the one explained, whose
 * fast layers agree with the stock ones within float tolerance). Batch normalisation in inference
 * mode is the per-channel affine map {@code gamma (x - mean) / sqrt(var + eps) + beta}, whose
 * backward pass is a multiplication by {@code gamma / sqrt(var + eps)}; DL4J's own backward pass
 * assumes batch statistics, so this one is done here.
 *
 * <p>Not thread-safe: it sets the inputs of its copy's layers.
 */
public final class ClassScoreGradient {
    private static final LayerWorkspaceMgr NO_WORKSPACES = LayerWorkspaceMgr.noWorkspaces();

    /** DL4J's stock layers on a copy of the explained network's configuration and parameters. */
    private final MultiLayerNetwork stock;

    private final MultiLayerConfiguration conf;

    public ClassScoreGradient(MultiLayerNetwork network) {
        this.conf = network.getLayerWiseConfigurations().clone();
        if (!(conf.getConf(conf.getConfs().size() - 1).getLayer() instanceof BaseOutputLayer)) {
            throw new SignsnetException(
                    ErrorKind.MODEL,
                    "explain needs a network whose last layer is a dense output" + " layer; this one ends with "
                            + NetworkSummary.describe(
                                    conf.getConf(conf.getConfs().size() - 1).getLayer()));
        }
        this.stock = new MultiLayerNetwork(conf);
        stock.init(network.params().dup(), false);
        stock.initGradientsView();
    }

    /**
     * {@code d z_k / d x} with the shape of the input {@code (1, 64, 64, 3)}.
     *
     * @param activations {@code network.feedForward(x, false)}: the input, then every layer's output
     * @param k           the class whose score is differentiated
     */
    public INDArray of(List<INDArray> activations, int k) {
        int n = stock.getnLayers();
        INDArray weights = stock.getOutputLayer().getParam(DefaultParamInitializer.WEIGHT_KEY);
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
        Layer layer = stock.getLayer(i);
        if (layer.conf().getLayer() instanceof BatchNormalization bn) {
            return batchNormBackward(layer, bn, epsilon);
        }
        layer.setInput(input, NO_WORKSPACES);
        Pair<Gradient, INDArray> result = layer.backpropGradient(epsilon, NO_WORKSPACES);
        layer.clear();
        if (result.getSecond() == null) {
            throw new SignsnetException(
                    ErrorKind.MODEL,
                    "explain cannot compute the saliency through layer " + i + " ("
                            + NetworkSummary.describe(layer.conf().getLayer()) + "): it gives no input gradient");
        }
        return result.getSecond();
    }

    /** {@code epsilon * gamma / sqrt(var + eps)} per channel, with the layer's running variance. */
    private static INDArray batchNormBackward(Layer layer, BatchNormalization bn, INDArray epsilon) {
        INDArray variance;
        if (bn.isUseLogStd()) {
            INDArray std = Transforms.pow(
                    Nd4j.valueArrayOf(
                            layer.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD)
                                    .shape(),
                            10.0,
                            epsilon.dataType()),
                    layer.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD),
                    true);
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
}
