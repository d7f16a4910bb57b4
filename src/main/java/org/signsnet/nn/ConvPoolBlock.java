package org.signsnet.nn;

/**
 * One block of a {@link TrainingStep}: a convolution (with or without ReLU and bias) whose output a
 * max-pooling with windows that do not overlap takes at once ({@link FusedPooling}), on a minibatch
 * of NHWC float images. It keeps, per image, what the backward pass needs: the zero-padded input,
 * the pooled output and its winners. Images are independent, so callers share them among threads;
 * every result lands in the image's own slot, whatever thread computed it.
 *
 * <p>Sizes: input {@code (m, h, w, c)}, convolution output {@code (m, oH, oW, o)} (never stored),
 * pooled output {@code (m, p.oH, p.oW, o)}.
 */
final class ConvPoolBlock {
    /** Sizes for the largest minibatch; {@link #resize} sets those of the current one. */
    private final Conv2dShape conv;

    private final PoolShape pool;
    private final boolean relu;
    private final int weightOffset;
    /** Offset of the bias in the network's flat parameters, or -1 without bias. */
    private final int biasOffset;

    private Conv2dShape s;
    private PoolShape p;
    /** Weights as {@code [kH][kW][c][o]} (forward, weight gradient) and {@code [kH][kW][o][c]} (input gradient). */
    private final FlatArray weights;

    private final FlatArray transposed;
    private final FlatArray bias;

    final FlatArray paddedInput;
    final FlatArray pooled;
    final int[] argmax;
    /** Gradient of the loss with respect to {@link #pooled}, filled by the next block or the output layer; null without backward passes. */
    final FlatArray pooledGradient;
    /** Per image: {@code dW} as {@code [kH][kW][c][o]}, and {@code db}. */
    private final FlatArray weightPartials;

    private final FlatArray biasPartials;
    /** Per image: the gradient with respect to the padded input; null for the first block, which needs none. */
    private final FlatArray paddedInputGradient;

    private final ThreadLocal<SparseGradient> sparse = new ThreadLocal<>();

    /**
     * @param conv          the convolution for the largest minibatch
     * @param pool          its pooling, windows that do not overlap
     * @param weightOffset  where the weights {@code W [o, c, kH, kW]} (c-order) start in the network's parameters
     * @param biasOffset    where the bias starts, -1 without bias
     * @param training      whether it runs backward passes (else it keeps only what the forward pass needs)
     * @param inputGradient whether the backward pass computes the gradient with respect to the input
     */
    ConvPoolBlock(
            Conv2dShape conv,
            PoolShape pool,
            boolean relu,
            int weightOffset,
            int biasOffset,
            boolean training,
            boolean inputGradient) {
        if (!FusedPooling.supports(pool)) {
            throw new IllegalArgumentException("pooling windows overlap: " + pool);
        }
        this.conv = conv;
        this.pool = pool;
        this.s = conv;
        this.p = pool;
        this.relu = relu;
        this.weightOffset = weightOffset;
        this.biasOffset = biasOffset;
        int m = conv.m();
        this.weights = FlatArray.floats(conv.weights());
        boolean inputGradients = training && inputGradient;
        this.transposed = inputGradients ? FlatArray.floats(conv.weights()) : null;
        this.bias = biasOffset >= 0 ? FlatArray.floats(conv.o()) : null;
        this.paddedInput = FlatArray.floats(m * conv.paddedImage());
        this.pooled = FlatArray.floats(m * pool.outputImage());
        this.argmax = training ? new int[m * pool.outputImage()] : null;
        this.pooledGradient = training ? FlatArray.floats(m * pool.outputImage()) : null;
        this.weightPartials = training ? FlatArray.floats(m * conv.weights()) : null;
        this.biasPartials = training && biasOffset >= 0 ? FlatArray.floats(m * conv.o()) : null;
        this.paddedInputGradient = inputGradients ? FlatArray.floats(m * conv.paddedImage()) : null;
    }

    Conv2dShape conv() {
        return s;
    }

    PoolShape pool() {
        return p;
    }

    /** Sizes for a minibatch of {@code m} images (at most the largest). */
    void resize(int m) {
        if (m > conv.m()) {
            throw new IllegalArgumentException("minibatch of " + m + " exceeds " + conv.m());
        }
        s = conv.withBatch(m);
        p = pool.withBatch(m);
    }

    /** Reads this block's weights (and bias) from the network's flat parameters. */
    void readParameters(float[] parameters) {
        FlatArray flat = new FlatArray.Floats(parameters);
        ConvWeights.read(flat, weightOffset, s, weights, transposed);
        if (bias != null) {
            System.arraycopy(parameters, biasOffset, ((FlatArray.Floats) bias).values(), 0, s.o());
        }
    }

    /** Images {@code [from, to)}: convolution, activation and pooling of {@link #paddedInput}. */
    void forward(Conv2dKernel kernel, int from, int to) {
        kernel.forwardPooled(s, p, paddedInput, weights, bias, relu, pooled, argmax, from, to);
    }

    /**
     * Image {@code n}'s backward pass from {@link #pooledGradient}: its weight (and bias) gradient
     * and, when this block has one, the gradient with respect to its input, cropped into
     * {@code inputGradient} (the previous block's pooled gradient, {@code (m, h, w, c)}).
     */
    void backward(Conv2dKernel kernel, int n, FlatArray inputGradient) {
        SparseGradient dz = SparseGradient.reuse(sparse.get(), s, paddedInput);
        sparse.set(dz);
        dz.gatherPooled(s, p, pooledGradient, relu ? pooled : null, argmax, n);
        kernel.weightGradient(s, paddedInput, dz, n, weightPartials, biasPartials);
        if (paddedInputGradient != null) {
            paddedInputGradient.clear(n * s.paddedImage(), (n + 1) * s.paddedImage());
            kernel.inputGradient(s, dz, n, transposed, paddedInputGradient);
            Padding.crop(paddedInputGradient, s, inputGradient, n);
        }
    }

    /**
     * Writes {@code sum over images n = 0, 1, ... of} the weight (and bias) partials, in image order,
     * to {@code gradient} at this block's place in DL4J's flat layout.
     */
    void sumGradient(float[] gradient) {
        FlatArray flat = new FlatArray.Floats(gradient);
        ConvWeights.sum(weightPartials, s, flat, weightOffset);
        if (biasPartials != null) {
            ConvWeights.sumBias(biasPartials, s, flat, biasOffset);
        }
    }
}
