package org.signsnet.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * A network of the notebook's form, seen as a whole: blocks of a convolution (ReLU or no
 * activation) whose output a max-pooling with windows that do not overlap takes at once, then a
 * softmax output layer with cross-entropy; NHWC float images, nothing else (no dropout, weight
 * noise, regularisation or gradient normalisation). For such a network signsnet runs each image
 * through all layers in one go ({@link ConvPoolBlock}, {@link SoftmaxOutput}): in training
 * ({@link TrainingStep}) and for predictions ({@link #probabilities}). It knows where each layer's
 * parameters lie in DL4J's flat parameter array.
 */
final class FusedConvNet {
    /** One convolution and its pooling, for one image, and where the convolution's parameters start (bias -1: none). */
    record Block(Conv2dShape conv, PoolShape pool, boolean relu, int weightOffset, int biasOffset) {}

    private final List<Block> blocks;
    private final int features;
    private final int classes;
    private final int outputWeights;

    private FusedConvNet(List<Block> blocks, int features, int classes, int outputWeights) {
        this.blocks = List.copyOf(blocks);
        this.features = features;
        this.classes = classes;
        this.outputWeights = outputWeights;
    }

    /** The fused view of {@code conf} for input images {@code (h, w, c)}; empty where the network is not of this form. */
    static Optional<FusedConvNet> of(MultiLayerConfiguration conf, long h, long w, long c) {
        int layers = conf.getConfs().size();
        if (conf.getDataType() != DataType.FLOAT
                || conf.getBackpropType() != BackpropType.Standard
                || layers < 3
                || layers % 2 == 0
                || conf.getInputPreProcess(0) != null) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        INDArray input = Nd4j.create(DataType.FLOAT, 1, h, w, c);
        int offset = 0;
        for (int i = 0; i + 1 < layers; i += 2) {
            if (!(layer(conf, i) instanceof ConvolutionLayer conv)
                    || conv.getClass() != ConvolutionLayer.class
                    || !FastConvolution.supports(conv)
                    || !plain(conv)
                    || !(layer(conf, i + 1) instanceof SubsamplingLayer pooling)
                    || pooling.getClass() != SubsamplingLayer.class
                    || !FastMaxPooling.supports(pooling)
                    || conf.getInputPreProcess(i) != null
                    || conf.getInputPreProcess(i + 1) != null
                    || input.size(3) != conv.getNIn()) {
                return Optional.empty();
            }
            Conv2dShape s = Conv2dShape.of(conv, input);
            PoolShape p = PoolShape.of(pooling, Nd4j.create(DataType.FLOAT, s.outputShape()));
            if (!FusedPooling.supports(p)) {
                return Optional.empty();
            }
            boolean relu = conv.getActivationFn() instanceof ActivationReLU;
            // DL4J's ConvolutionParamInitializer puts the bias before the weights.
            int bias = conv.hasBias() ? s.o() : 0;
            blocks.add(new Block(s, p, relu, offset + bias, conv.hasBias() ? offset : -1));
            offset += bias + s.weights();
            input = Nd4j.create(DataType.FLOAT, p.outputShape());
        }
        int last = layers - 1;
        InputPreProcessor flatten = conf.getInputPreProcess(last);
        int features = Math.toIntExact(input.length());
        if (!(layer(conf, last) instanceof OutputLayer out)
                || out.getClass() != OutputLayer.class
                || !plain(out)
                || !(out.getActivationFn() instanceof ActivationSoftmax)
                || !(out.getLossFn() instanceof LossMCXENT loss)
                || loss.getClass() != LossMCXENT.class
                || loss.getWeights() != null
                || loss.getSoftmaxClipEps() != SoftmaxOutput.CLIP_EPS
                || !out.hasBias()
                || !(flatten instanceof CnnToFeedForwardPreProcessor cnn)
                || cnn.getFormat() != CNN2DFormat.NHWC
                || out.getNIn() != features) {
            return Optional.empty();
        }
        return Optional.of(new FusedConvNet(blocks, features, Math.toIntExact(out.getNOut()), offset));
    }

    private static Layer layer(MultiLayerConfiguration conf, int i) {
        return conf.getConf(i).getLayer();
    }

    /** No dropout, weight noise, regularisation or gradient normalisation. */
    private static boolean plain(BaseLayer layer) {
        return layer.getIDropout() == null
                && layer.getWeightNoise() == null
                && (layer.getRegularization() == null
                        || layer.getRegularization().isEmpty())
                && (layer.getRegularizationBias() == null
                        || layer.getRegularizationBias().isEmpty())
                && (layer.getGradientNormalization() == null
                        || layer.getGradientNormalization() == GradientNormalization.None);
    }

    /** The number of parameters the layers hold. */
    int numParams() {
        return outputWeights + features * classes + classes;
    }

    int classes() {
        return classes;
    }

    /** The first block's convolution, for one image. */
    Conv2dShape firstConvolution() {
        return blocks.get(0).conv();
    }

    /** Scratch for the blocks, for minibatches of up to {@code maxBatch} images. */
    List<ConvPoolBlock> newBlocks(int maxBatch, boolean training) {
        List<ConvPoolBlock> made = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            made.add(new ConvPoolBlock(
                    block.conv().withBatch(maxBatch),
                    block.pool().withBatch(maxBatch),
                    block.relu(),
                    block.weightOffset(),
                    block.biasOffset(),
                    training,
                    b > 0));
        }
        return made;
    }

    /** The output layer, for minibatches of up to {@code maxBatch} images. */
    SoftmaxOutput newOutput(int maxBatch) {
        return new SoftmaxOutput(features, classes, outputWeights, outputWeights + features * classes, maxBatch);
    }

    /** Images {@code [from, to)} through all blocks; the first block's padded input must hold them. */
    static void forward(List<ConvPoolBlock> blocks, Conv2dKernel kernel, int from, int to) {
        for (int b = 0; b < blocks.size(); b++) {
            ConvPoolBlock block = blocks.get(b);
            if (b > 0) {
                Padding.pad(blocks.get(b - 1).pooled, block.conv(), block.paddedInput, from, to);
            }
            block.forward(kernel, from, to);
        }
    }

    /**
     * Predictions of this network, reusing its scratch from one call to the next: {@code (m, classes)}
     * probabilities for images {@code (m, h, w, c)} with the flat {@code parameters}, DL4J's
     * {@code output(images, false)} up to float rounding. Not thread-safe, as DL4J's networks.
     */
    final class Inference {
        private static final int CHUNK = 64;
        private final List<ConvPoolBlock> scratch = newBlocks(CHUNK, false);
        private final SoftmaxOutput output = newOutput(CHUNK);
        private final float[] flat = new float[numParams()];
        private final float[] probabilities = new float[CHUNK * classes];
        private final Conv2dKernel kernel = Kernels.convolution(DataType.FLOAT);

        INDArray probabilities(INDArray images, INDArray parameters) {
            int m = Math.toIntExact(images.size(0));
            NdArrays.read(parameters, 0, new FlatArray.Floats(flat), 0, flat.length);
            scratch.forEach(b -> b.readParameters(flat));
            output.readParameters(flat);
            INDArray x = NdArrays.contiguous(images.castTo(DataType.FLOAT));
            float[] all = new float[m * classes];
            ConvPoolBlock first = scratch.get(0);
            float[] features = ((FlatArray.Floats) scratch.get(scratch.size() - 1).pooled).values();
            for (int start = 0; start < m; start += CHUNK) {
                int count = Math.min(CHUNK, m - start);
                int offset = start;
                scratch.forEach(b -> b.resize(count));
                ImageParallel.run(count, (from, to) -> {
                    NdArrays.readPadded(x, first.conv(), first.paddedInput, offset + from, offset + to, -offset);
                    forward(scratch, kernel, from, to);
                    for (int n = from; n < to; n++) {
                        output.probabilities(features, n, probabilities);
                    }
                });
                System.arraycopy(probabilities, 0, all, start * classes, count * classes);
            }
            return Nd4j.create(all, new long[] {m, classes}, 'c');
        }
    }
}
