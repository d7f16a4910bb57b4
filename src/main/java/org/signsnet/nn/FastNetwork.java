package org.signsnet.nn;

import java.util.Arrays;
import java.util.Optional;
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
 *
 * <p>A network of the notebook's form ({@link FusedConvNet}: convolution + max-pooling blocks, then
 * a softmax output layer) goes further: {@code fit} on a minibatch without masks or training
 * listeners, with Adam, runs the {@link TrainingStep}, and {@code output(input, false)} runs each
 * image through all layers in one go; neither uses DL4J's layer-by-layer passes.
 */
public class FastNetwork extends MultiLayerNetwork {
    /** The whole-network view for the last input size {@link #output} saw, and that size {@code (h, w, c)}. */
    private transient Optional<FusedConvNet.Inference> fused;

    private transient long[] fusedFor;
    /** The whole-network training step for minibatch arrays, and what it was made for. */
    private transient Optional<TrainingStep> step;

    private transient StepKey stepFor;

    /** Input image size, label columns, largest minibatch and updater a {@link TrainingStep} was made for. */
    private record StepKey(long h, long w, long c, long classes, int maxBatch, Updater updater) {
        boolean covers(StepKey other) {
            return h == other.h
                    && w == other.w
                    && c == other.c
                    && classes == other.classes
                    && maxBatch >= other.maxBatch
                    && updater == other.updater;
        }
    }

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

    /**
     * DL4J's inference output; for a network of the notebook's form ({@link FusedConvNet}) each
     * image runs through all layers in one go, which gives the same probabilities up to float
     * rounding.
     */
    @Override
    public INDArray output(INDArray input, boolean train) {
        if (!train && input != null && input.rank() == 4) {
            long[] size = {input.size(1), input.size(2), input.size(3)};
            if (fused == null || !Arrays.equals(size, fusedFor)) {
                fused = FusedConvNet.of(getLayerWiseConfigurations(), size[0], size[1], size[2])
                        .filter(net -> net.numParams() == numParams())
                        .map(net -> net.new Inference());
                fusedFor = size;
            }
            if (fused.isPresent()) {
                return fused.get().probabilities(input, params());
            }
        }
        return super.output(input, train);
    }

    /**
     * DL4J's {@code fit} on one minibatch; for a network of the notebook's form trained by Adam
     * ({@link TrainingStep}) without masks or training listeners, each image runs forward and
     * backward through all layers in one go, which gives DL4J's step up to float rounding.
     */
    @Override
    public void fit(INDArray features, INDArray labels, INDArray featuresMask, INDArray labelsMask) {
        TrainingStep fused = featuresMask == null && labelsMask == null ? stepFor(features, labels) : null;
        if (fused == null) {
            super.fit(features, labels, featuresMask, labelsMask);
        } else {
            fused.fit(features, labels);
        }
    }

    private TrainingStep stepFor(INDArray features, INDArray labels) {
        if (features == null
                || labels == null
                || features.rank() != 4
                || labels.rank() != 2
                || features.size(0) != labels.size(0)
                || !getListeners().isEmpty()) {
            return null;
        }
        if (!isInitCalled()) {
            init();
        }
        StepKey key = new StepKey(
                features.size(1),
                features.size(2),
                features.size(3),
                labels.size(1),
                Math.toIntExact(features.size(0)),
                getUpdater());
        if (step == null || !stepFor.covers(key)) {
            step = TrainingStep.forMinibatches(this, key.h(), key.w(), key.c(), key.classes(), key.maxBatch());
            stepFor = key;
        }
        return step.orElse(null);
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
