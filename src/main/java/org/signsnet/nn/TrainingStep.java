package org.signsnet.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

/**
 * One Adam step of a whole network, computed image by image on signsnet's kernels in a single
 * parallel pass, for networks of the notebook's form: blocks of a convolution (ReLU or no
 * activation) and a max-pooling with windows that do not overlap ({@link ConvPoolBlock}), then a
 * softmax output layer with cross-entropy ({@link SoftmaxOutput}), NHWC float, Adam
 * ({@link AdamUpdate}) and nothing else (no dropout, weight noise, regularisation, gradient
 * normalisation or training listeners). It is DL4J's {@code fit} of that network on one minibatch,
 * up to float rounding: it reads the parameters and Adam's state from the network's own arrays,
 * writes them back, and advances the network's iteration count and score, so models and
 * checkpoints remain DL4J's.
 *
 * <p>The images are taken from a dataset by row ({@link #fit(int[])}), zero-padded once for the
 * first convolution when the step is made, so a minibatch is never copied into an array of its own.
 * Each image's forward and backward pass lands in that image's slots; the gradients are then
 * summed in image order, so the result does not depend on the number of threads.
 */
public final class TrainingStep {
    /**
     * The most floats a dataset's padded copy may take (256 MB); a larger dataset trains through
     * {@code FastNetwork.fit} on minibatch arrays, the same step.
     */
    static final long MAX_PADDED_FLOATS = 1L << 26;

    private final MultiLayerNetwork network;
    private final List<ConvPoolBlock> blocks;
    private final SoftmaxOutput output;
    private final List<BlockUpdate> updates;
    private final int maxBatch;
    private final Conv2dShape firstConvolution;
    /** A dataset's images, each zero-padded for the first convolution; null for a step on minibatch arrays. */
    private final float[] paddedImages;
    /** A dataset's label rows {@code (rows, classes)}; for minibatch arrays, the current minibatch's. */
    private float[] labels;

    private final float[] parameters;
    private final float[] gradient;
    private final float[] state;
    private final Conv2dKernel kernel = Kernels.convolution(DataType.FLOAT);

    private record BlockUpdate(AdamUpdate update, Adam config) {}

    /** Fills images {@code [from, to)} of the first block's padded input. */
    @FunctionalInterface
    private interface InputFiller {
        void fill(FlatArray paddedInput, int from, int to);
    }

    private TrainingStep(
            MultiLayerNetwork network,
            FusedConvNet net,
            List<BlockUpdate> updates,
            INDArray images,
            INDArray labels,
            int maxBatch) {
        this.network = network;
        this.blocks = net.newBlocks(maxBatch, true);
        this.output = net.newOutput(maxBatch);
        this.updates = updates;
        this.maxBatch = maxBatch;
        this.firstConvolution = net.firstConvolution();
        if (images != null) {
            Conv2dShape all = firstConvolution.withBatch(Math.toIntExact(images.size(0)));
            FlatArray padded = FlatArray.floats(all.m() * all.paddedImage());
            NdArrays.readPadded(NdArrays.contiguous(images.castTo(DataType.FLOAT)), all, padded, 0, all.m());
            this.paddedImages = ((FlatArray.Floats) padded).values();
            this.labels = floats(labels);
        } else {
            this.paddedImages = null;
        }
        int numParams = Math.toIntExact(network.numParams());
        this.parameters = new float[numParams];
        this.gradient = new float[numParams];
        this.state = new float[2 * numParams];
    }

    /**
     * The step for {@code network} on the dataset {@code images (rows, h, w, c)} with one-hot
     * {@code labels (rows, classes)}, for minibatches of up to {@code maxBatch} of its rows
     * ({@link #fit(int[])}). Empty where the network is not a {@link FastNetwork} of the supported
     * form (it then trains with DL4J's {@code fit}; a plain {@code MultiLayerNetwork} always does, so
     * that the stock layers stay a reference), and where the padded dataset would exceed
     * {@link #MAX_PADDED_FLOATS} (callers then use {@code network.fit} on minibatch arrays, which
     * runs the same step).
     */
    public static Optional<TrainingStep> of(MultiLayerNetwork network, INDArray images, INDArray labels, int maxBatch) {
        if (images.rank() != 4 || labels.rank() != 2 || images.size(0) != labels.size(0)) {
            return Optional.empty();
        }
        return make(network, images.size(1), images.size(2), images.size(3), labels.size(1), maxBatch, images, labels);
    }

    /**
     * The step for {@code network} on minibatch arrays of images {@code (m, h, w, c)} with
     * {@code classes} label columns, {@code m} at most {@code maxBatch} ({@link #fit(INDArray, INDArray)}).
     */
    static Optional<TrainingStep> forMinibatches(
            MultiLayerNetwork network, long h, long w, long c, long classes, int maxBatch) {
        return make(network, h, w, c, classes, maxBatch, null, null);
    }

    /** The step on the dataset {@code images}, {@code labels}, or on minibatch arrays where they are null. */
    private static Optional<TrainingStep> make(
            MultiLayerNetwork network,
            long h,
            long w,
            long c,
            long classes,
            int maxBatch,
            INDArray images,
            INDArray labels) {
        if (!network.isInitCalled()) {
            network.init();
        }
        if (!(network instanceof FastNetwork) || !network.getListeners().isEmpty() || maxBatch < 1) {
            return Optional.empty();
        }
        List<BlockUpdate> updates = adamUpdates(network);
        if (updates == null) {
            return Optional.empty();
        }
        return FusedConvNet.of(network.getLayerWiseConfigurations(), h, w, c)
                .filter(net -> net.numParams() == network.numParams() && net.classes() == classes)
                .filter(net -> images == null
                        || images.size(0) * net.firstConvolution().paddedImage() <= MAX_PADDED_FLOATS)
                .map(net -> new TrainingStep(network, net, updates, images, labels, maxBatch));
    }

    /** The network's updater blocks as Adam updates, or null when one of them is not plain Adam. */
    private static List<BlockUpdate> adamUpdates(MultiLayerNetwork network) {
        if (!(network.getUpdater() instanceof BaseMultiLayerUpdater<?> updater)) {
            return null;
        }
        List<BlockUpdate> updates = new ArrayList<>();
        for (UpdaterBlock block : updater.getUpdaterBlocks()) {
            // getGradientUpdater() makes DL4J set up the block's state first, as its own fit would.
            if (!(block.getGradientUpdater().getConfig() instanceof Adam adam) || adam.getClass() != Adam.class) {
                return null;
            }
            int length = block.getParamOffsetEnd() - block.getParamOffsetStart();
            if (block.getUpdaterViewOffsetEnd() - block.getUpdaterViewOffsetStart() != 2 * length) {
                return null;
            }
            updates.add(new BlockUpdate(
                    new AdamUpdate(
                            block.getParamOffsetStart(),
                            length,
                            block.getUpdaterViewOffsetStart(),
                            adam.getBeta1(),
                            adam.getBeta2(),
                            adam.getEpsilon()),
                    adam));
        }
        return updates;
    }

    /**
     * DL4J's {@code network.fit} on the minibatch made of the dataset's rows {@code rows}, in that
     * order: forward and backward pass, one Adam step. Returns the minibatch's score before the step
     * (the mean loss, as {@code network.score()} afterwards).
     */
    public double fit(int[] rows) {
        if (paddedImages == null) {
            throw new IllegalStateException("this step trains on minibatch arrays, not on a dataset's rows");
        }
        int image = firstConvolution.paddedImage();
        return step(rows, (padded, from, to) -> {
            float[] target = ((FlatArray.Floats) padded).values();
            for (int n = from; n < to; n++) {
                System.arraycopy(paddedImages, rows[n] * image, target, n * image, image);
            }
        });
    }

    /** {@link #fit(int[])} on a minibatch given as arrays: {@code features (m, h, w, c)}, {@code labels (m, classes)}. */
    double fit(INDArray features, INDArray labels) {
        int m = Math.toIntExact(features.size(0));
        INDArray x = NdArrays.contiguous(features.castTo(DataType.FLOAT));
        this.labels = floats(labels);
        int[] rows = new int[m];
        Arrays.setAll(rows, n -> n);
        return step(rows, (padded, from, to) -> NdArrays.readPadded(x, firstConvolution, padded, from, to));
    }

    private double step(int[] rows, InputFiller input) {
        int m = rows.length;
        if (m < 1 || m > maxBatch) {
            throw new IllegalArgumentException("a minibatch of " + m + " images; this step takes 1 to " + maxBatch);
        }
        blocks.forEach(b -> b.resize(m));
        FlatArray.Floats params = new FlatArray.Floats(parameters);
        NdArrays.read(network.params(), 0, params, 0, parameters.length);
        INDArray stateView = network.getUpdater().getStateViewArray();
        NdArrays.read(stateView, 0, new FlatArray.Floats(state), 0, state.length);
        blocks.forEach(b -> b.readParameters(parameters));
        output.readParameters(parameters);

        ConvPoolBlock first = blocks.get(0);
        ConvPoolBlock last = blocks.get(blocks.size() - 1);
        float[] features = ((FlatArray.Floats) last.pooled).values();
        float[] featureGradient = ((FlatArray.Floats) last.pooledGradient).values();
        float[] labelRows = labels;
        ImageParallel.run(m, (from, to) -> {
            input.fill(first.paddedInput, from, to);
            FusedConvNet.forward(blocks, kernel, from, to);
            for (int n = from; n < to; n++) {
                output.forwardBackward(features, n, labelRows, rows[n], featureGradient);
                for (int b = blocks.size() - 1; b >= 0; b--) {
                    blocks.get(b).backward(kernel, n, b > 0 ? blocks.get(b - 1).pooledGradient : null);
                }
            }
        });

        double loss = 0;
        for (int n = 0; n < m; n++) {
            loss += output.losses[n];
        }
        double score = loss / m;
        blocks.forEach(b -> b.sumGradient(gradient));
        output.sumGradient(features, m, gradient);
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] /= m;
        }
        int iteration = network.getIterationCount();
        int epoch = network.getEpochCount();
        for (BlockUpdate u : updates) {
            u.update().apply(parameters, gradient, state, u.config().getLearningRate(iteration, epoch), iteration);
        }
        NdArrays.assign(network.params(), params);
        NdArrays.assign(stateView, new FlatArray.Floats(state));
        network.setIterationCount(iteration + 1);
        network.setScore(score);
        return score;
    }

    private static float[] floats(INDArray a) {
        return ((FlatArray.Floats) NdArrays.copyOf(a.castTo(DataType.FLOAT))).values();
    }

    /** The last step's gradient, divided by the minibatch size, in DL4J's flat layout: what Adam received. */
    float[] lastGradient() {
        return gradient.clone();
    }
}
