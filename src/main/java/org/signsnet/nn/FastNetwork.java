package org.signsnet.nn;

import org.deeplearning4j.nn.api.FwdPassType;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link MultiLayerNetwork} whose convolution and max-pooling layers run signsnet's kernels
 * ({@link FastConvolution}, {@link FastMaxPooling}) where they support the configuration. Its
 * configuration, parameters, updater and files are DL4J's own: the configuration names only DL4J's
 * layer classes, so a {@code model.zip} saved from it loads in any DL4J program (which then runs
 * DL4J's stock layers, with the same results up to float rounding), and {@link #of} turns a network
 * DL4J loaded back into a fast one.
 *
 * <p>A convolution directly followed by a max-pooling with windows that do not overlap computes the
 * pooling itself when nothing else reads the convolution's output: in {@code fit} and
 * {@code computeGradientAndScore} without training listeners (which are shown every layer's
 * activations), and in {@code output} and the other passes that keep only a later layer's
 * output. {@code feedForward} and the like, which return every activation, run the layers one by one.
 */
public class FastNetwork extends MultiLayerNetwork {

    public FastNetwork(MultiLayerConfiguration conf) {
        super(conf);
    }

    /** A fast network with {@code network}'s configuration, a copy of its parameters and of its updater state. */
    public static FastNetwork of(MultiLayerNetwork network) {
        return copy(
                network, new FastNetwork(network.getLayerWiseConfigurations().clone()));
    }

    /** A network on DL4J's stock layers with this one's configuration, a copy of its parameters and updater state. */
    public MultiLayerNetwork withStockLayers() {
        return copy(this, new MultiLayerNetwork(getLayerWiseConfigurations().clone()));
    }

    /** {@code target}, initialised with copies of {@code source}'s parameters and updater state. */
    private static <N extends MultiLayerNetwork> N copy(MultiLayerNetwork source, N target) {
        if (!source.isInitCalled()) {
            source.init();
        }
        target.init(source.params().dup(), false);
        Updater updater = source.getUpdater(false);
        INDArray state = updater == null ? null : updater.getStateViewArray();
        if (state != null) {
            target.getUpdater().setStateViewArray(target, state.dup(), false);
        }
        return target;
    }

    /**
     * DL4J's initialisation, then each supported layer replaced by its fast twin on the same
     * parameters, and each convolution linked to a max-pooling right after it.
     */
    @Override
    public void init(INDArray parameters, boolean cloneParametersArray) {
        super.init(parameters, cloneParametersArray);
        DataType dataType = getLayerWiseConfigurations().getDataType();
        for (int i = 0; i < layers.length; i++) {
            Layer fast = fastTwin(layers[i], dataType);
            if (fast != layers[i]) {
                layers[i] = fast;
                layerMap.put(fast.conf().getLayer().getLayerName(), fast);
            }
        }
        for (int i = 0; i + 1 < layers.length; i++) {
            if (layers[i] instanceof FastConvolution conv
                    && layers[i + 1] instanceof FastMaxPooling pooling
                    && getLayerWiseConfigurations().getInputPreProcess(i + 1) == null) {
                conv.poolWith(pooling);
            }
        }
    }

    /** {@code layer}'s fast replacement, wired to the same configuration and parameters; {@code layer} itself where there is none. */
    private static Layer fastTwin(Layer layer, DataType dataType) {
        NeuralNetConfiguration conf = layer.conf();
        Layer fast;
        if (layer.getClass() == ConvolutionLayer.class
                && conf.getLayer().getClass() == org.deeplearning4j.nn.conf.layers.ConvolutionLayer.class
                && FastConvolution.supports((org.deeplearning4j.nn.conf.layers.ConvolutionLayer) conf.getLayer())) {
            fast = new FastConvolution(conf, dataType);
        } else if (layer.getClass() == SubsamplingLayer.class
                && conf.getLayer().getClass() == org.deeplearning4j.nn.conf.layers.SubsamplingLayer.class
                && FastMaxPooling.supports((org.deeplearning4j.nn.conf.layers.SubsamplingLayer) conf.getLayer())) {
            fast = new FastMaxPooling(conf, dataType);
        } else {
            return layer;
        }
        fast.setIndex(layer.getIndex());
        fast.setListeners(layer.getListeners());
        if (layer.numParams() > 0) {
            fast.setParamsViewArray(layer.params());
            fast.setParamTable(layer.paramTable());
        }
        if (layer.getGradientsViewArray() != null) {
            fast.setBackpropGradientsViewArray(layer.getGradientsViewArray());
        }
        fast.allowInputModification(layer.getIndex() > 0);
        return fast;
    }

    /** DL4J's, with convolutions fused with their pooling when no training listener watches the activations. */
    @Override
    public void computeGradientAndScore() {
        int fuseBelow = getListeners() == null || getListeners().isEmpty() ? layers.length : 0;
        setFused(fuseBelow);
        try {
            super.computeGradientAndScore();
        } finally {
            setFused(0);
        }
    }

    /** DL4J's, with the convolutions fused whose pooling lies at or before {@code layerIndex}, whose output alone is kept. */
    @Override
    protected INDArray outputOfLayerDetached(
            boolean train,
            FwdPassType fwdPassType,
            int layerIndex,
            INDArray input,
            INDArray featureMask,
            INDArray labelsMask,
            MemoryWorkspace outputWorkspace) {
        setFused(layerIndex);
        try {
            return super.outputOfLayerDetached(
                    train, fwdPassType, layerIndex, input, featureMask, labelsMask, outputWorkspace);
        } finally {
            setFused(0);
        }
    }

    /** Fuses each convolution whose pooling layer's index is at most {@code lastLayer} (0: none). */
    private void setFused(int lastLayer) {
        for (int i = 0; i + 1 < layers.length; i++) {
            if (layers[i] instanceof FastConvolution conv) {
                conv.setFused(i + 1 <= lastLayer);
            }
        }
    }

    /** As DL4J's, except that the first layer skips its input gradient when the caller does not want it. */
    @Override
    protected Pair<Gradient, INDArray> calcBackpropGradients(
            INDArray epsilon, boolean withOutputLayer, boolean tbptt, boolean returnInputActGrad) {
        FastConvolution first =
                layers != null && layers.length > 0 && layers[0] instanceof FastConvolution f ? f : null;
        if (first != null) {
            first.setInputGradientNeeded(returnInputActGrad);
        }
        try {
            return super.calcBackpropGradients(epsilon, withOutputLayer, tbptt, returnInputActGrad);
        } finally {
            if (first != null) {
                first.setInputGradientNeeded(true);
            }
        }
    }

    /** A fast copy: configuration, parameters and updater state as DL4J's {@code clone()}. */
    @Override
    public FastNetwork clone() {
        return of(this);
    }
}
