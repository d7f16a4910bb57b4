package org.signsnet.nn;

import java.nio.FloatBuffer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The runtime layer of {@link FastConvolutionLayer}: DL4J's {@link ConvolutionLayer} with the
 * forward and backward passes replaced by libnd4j's fused {@code conv2d} / {@code conv2d_bp}.
 * Parameters, gradient views, activation, dropout and weight noise are DL4J's own; every sizeable array is
 * created through the {@link LayerWorkspaceMgr}, so steady-state training allocates no new memory.
 *
 * <p>Without oneDNN in the loaded libnd4j ({@link OneDnn#available()}) the fused kernels are slow,
 * and the layer runs DL4J's stock implementation instead: same numbers either way.
 *
 * <p>Configured with {@code stockOrder}, the layer instead gives the stock layer's results bit for
 * bit ({@link #pathFor}): on products the size of training batches, the forward pass in the stock
 * summation order ({@link StockOrderConv2d#forward}) and the backward pass of a first layer (no
 * input gradient, no bias, ReLU or identity) as the weight gradient alone, in the stock order,
 * from the positions where the incoming gradient is not zero
 * ({@link StockOrderConv2d#weightGradient}); any other pass is the stock layer's own. Where this
 * machine's gemm order is not recognised, the fused kernels run (same numbers up to rounding).
 */
public class FastConvolution extends ConvolutionLayer {
    private static final String W = ConvolutionParamInitializer.WEIGHT_KEY;
    private static final String B = ConvolutionParamInitializer.BIAS_KEY;

    private final Conv2dGeometry geometry;
    /** Training-mode ReLU mask {@code step(Z)} of a plain-ReLU layer and the input it came from. */
    private INDArray reluMask;
    private INDArray reluInput;
    /** Stock-order training: {@code Z > 0} from the last forward pass, and the input it came from. */
    private INDArray positive;
    private INDArray positiveInput;

    public FastConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
        NativeThreads.applyOnce();
        this.geometry = Conv2dGeometry.of((org.deeplearning4j.nn.conf.layers.ConvolutionLayer) conf.getLayer());
    }

    private FastConvolutionLayer fastConf() {
        return (FastConvolutionLayer) conf.getLayer();
    }

    /** {@code Z = conv2d(input, W) (+ b)}, in the ACTIVATIONS workspace; the second element is unused. */
    @Override
    protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop, LayerWorkspaceMgr workspaceMgr) {
        Path path = pathFor(input);
        if (path == Path.STOCK_ORDER) {
            return stockOrderPreOutput(training, forBackprop, workspaceMgr);
        }
        if (path == Path.STOCK || !OneDnn.available()) {
            return super.preOutput(training, forBackprop, workspaceMgr);
        }
        assertInputSet(forBackprop);
        validateInputRank();
        INDArray w = getParamWithNoise(W, training, workspaceMgr);
        INDArray b = hasBias() ? getParamWithNoise(B, training, workspaceMgr) : null;
        validateInputDepth(w.size(1));
        INDArray x = input.castTo(dataType);
        INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                geometry.outputShape(x.shape(), w.size(0)), 'c');
        Conv2dOps.forward(x, w, b == null ? null : b.reshape(b.length()), z, geometry);
        return new Pair<>(z, null);
    }

    /**
     * DL4J's activation step; in training a plain-ReLU layer also keeps its mask {@code step(A)}
     * ({@code A > 0} exactly where {@code Z > 0}) next to its activations, so that the backward pass
     * needs neither the convolution again nor the output itself, which a following layer's input
     * dropout may modify in place. {@link INDArray#wasClosed()} guards against a recycled workspace.
     */
    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        reluMask = null;
        reluInput = null;
        IActivation activation = layerConf().getActivationFn();
        boolean relu = isPlainRelu(activation);
        if ((relu || activation instanceof ActivationIdentity) && pathFor(input) == Path.STOCK_ORDER) {
            // The stock layer's activate(): input dropout, Z, then the activation (fused here).
            applyDropOutIfNecessary(training, workspaceMgr);
            return stockOrderForward(training, relu, workspaceMgr);
        }
        INDArray output = super.activate(training, workspaceMgr);
        if (training && OneDnn.available() && pathFor(input) == Path.FUSED && isPlainRelu(layerConf().getActivationFn())) {
            INDArray mask = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, output.shape(), output.ordering());
            reluMask = Transforms.step(mask.assign(output), false);
            reluInput = input;
        }
        return output;
    }

    /**
     * Applies the activation's derivative (from the remembered ReLU output, or by recomputing
     * {@code Z} as DL4J's layer does) and runs the fused backward kernels straight into the
     * network's gradient views. Returns no input gradient when the configuration says none is
     * needed (the first layer).
     */
    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        Path path = pathFor(input);
        if (path == Path.STOCK_ORDER) {
            return stockOrderBackprop(epsilon, workspaceMgr);
        }
        if (path == Path.STOCK || !OneDnn.available()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray w = getParamWithNoise(W, true, workspaceMgr);
        INDArray b = hasBias() ? getParamWithNoise(B, true, workspaceMgr) : null;
        INDArray x = input.castTo(dataType);
        INDArray eps = epsilon.dataType() == dataType ? epsilon : epsilon.castTo(dataType);

        INDArray delta = activationBackprop(eps, workspaceMgr);

        INDArray weightGrad = gradientViews.get(W);
        INDArray biasGrad = hasBias() ? gradientViews.get(B) : null;
        boolean wantInputGrad = fastConf().isComputeInputGradient();
        INDArray inputGrad = null;
        if (!wantInputGrad && ShiftedGemmWeightGradient.supports(geometry)) {
            ShiftedGemmWeightGradient.compute(x, delta, weightGrad, geometry, workspaceMgr);
            if (biasGrad != null) {
                biasGrad.assign(delta.sum(0, 1, 2).reshape(biasGrad.shape()));
            }
        } else {
            inputGrad = workspaceMgr.createUninitialized(
                    wantInputGrad ? ArrayType.ACTIVATION_GRAD : ArrayType.BP_WORKING_MEM, dataType, x.shape(), 'c');
            Conv2dOps.backward(x, w, b == null ? null : b.reshape(b.length()), delta, inputGrad, weightGrad,
                    biasGrad == null ? null : biasGrad.reshape(biasGrad.length()), geometry);
        }

        Gradient gradient = new DefaultGradient();
        if (biasGrad != null) {
            gradient.setGradientFor(B, biasGrad);
        }
        gradient.setGradientFor(W, weightGrad, 'c');
        weightNoiseParams.clear();
        return new Pair<>(gradient, wantInputGrad ? backpropDropOutIfPresent(inputGrad) : null);
    }

    /** How a pass on a given input runs. */
    private enum Path {
        /** libnd4j's fused kernels (oneDNN). */
        FUSED,
        /** DL4J's stock implementation. */
        STOCK,
        /** {@link StockOrderConv2d}: the stock implementation's bits, fast. */
        STOCK_ORDER
    }

    /**
     * {@code FUSED} unless configured with {@code stockOrder}; then {@code STOCK_ORDER} for float
     * NHWC stride-1 products this machine's gemm order is known for
     * ({@link BlasSummationOrder#covers}), {@code STOCK} for other sizes, and {@code FUSED} where
     * the order is not recognised or the geometry not supported.
     */
    private Path pathFor(INDArray x) {
        if (!fastConf().isStockOrder()) {
            return Path.FUSED;
        }
        boolean supported = dataType == DataType.FLOAT && x != null && x.rank() == 4
                && geometry.format() == CNN2DFormat.NHWC
                && geometry.stride()[0] == 1 && geometry.stride()[1] == 1
                && geometry.dilation()[0] == 1 && geometry.dilation()[1] == 1;
        if (!supported || order().isEmpty()) {
            return Path.FUSED;
        }
        long[] hw = geometry.outputSize(x.size(1), x.size(2));
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer c = layerConf();
        long taps = c.getNIn() * c.getKernelSize()[0] * c.getKernelSize()[1];
        return BlasSummationOrder.covers(x.size(0) * hw[0] * hw[1], taps, c.getNOut()) ? Path.STOCK_ORDER : Path.STOCK;
    }

    /** This machine's gemm order for this layer's sizes. */
    private java.util.Optional<BlasSummationOrder> order() {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer c = layerConf();
        return BlasSummationOrder.forLayer(Math.toIntExact(c.getNIn() * c.getKernelSize()[0] * c.getKernelSize()[1]),
                Math.toIntExact(c.getNOut()));
    }

    private Pair<INDArray, INDArray> stockOrderPreOutput(boolean training, boolean forBackprop, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(forBackprop);
        return new Pair<>(stockOrderForward(training, false, workspaceMgr), null);
    }

    /**
     * {@code Z}, or with {@code activate} the layer's activation of it (DL4J's own activation op,
     * in place), in the ACTIVATIONS workspace: NHWC, stored channels first so that the kernels
     * write whole rows (libnd4j's pooling reads NHWC through that layout as a contiguous NCHW
     * array). A training ReLU first layer also keeps {@code A > 0} for its backward pass.
     */
    private INDArray stockOrderForward(boolean training, boolean activate, LayerWorkspaceMgr workspaceMgr) {
        validateInputRank();
        positive = null;
        positiveInput = null;
        INDArray w = getParamWithNoise(W, training, workspaceMgr);
        INDArray b = hasBias() ? getParamWithNoise(B, training, workspaceMgr) : null;
        validateInputDepth(w.size(1));
        INDArray x = contiguous(input.castTo(dataType));
        StockOrderConv2d.Dims dims = dims(x, w);
        INDArray planes = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                new long[] {dims.m(), dims.o(), dims.oH(), dims.oW()}, 'c');
        StockOrderConv2d.forward(floats(x), x.offset(), toFloats(w), b == null ? null : toFloats(b),
                floats(planes), planes.offset(), dims, order().orElseThrow().forwardChains(), NativeThreads.applyOnce());
        if (activate) {
            IActivation activation = layerConf().getActivationFn();
            planes = activation.getActivation(planes, training);
            if (training && isPlainRelu(activation) && !fastConf().isComputeInputGradient()) {
                // relu(Z) > 0 exactly where Z > 0: ReLU's derivative for the backward pass.
                positive = workspaceMgr.create(ArrayType.ACTIVATIONS, DataType.BOOL, planes.shape(), 'c');
                Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.custom.GreaterThan(
                        new INDArray[] {planes, Nd4j.scalar(dataType, 0)}, new INDArray[] {positive}));
                positiveInput = input;
            }
        }
        return planes.permute(0, 2, 3, 1);
    }

    private Pair<Gradient, INDArray> stockOrderBackprop(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        IActivation activation = layerConf().getActivationFn();
        boolean relu = isPlainRelu(activation);
        if (fastConf().isComputeInputGradient() || hasBias() || !(relu || activation instanceof ActivationIdentity)) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray w = getParamWithNoise(W, true, workspaceMgr);
        StockOrderConv2d.Dims dims = dims(input, w);
        INDArray x = contiguous(input.castTo(dataType));
        INDArray eps = contiguous(epsilon.dataType() == dataType ? epsilon : epsilon.castTo(dataType));
        if (!java.util.Arrays.equals(eps.shape(), new long[] {dims.m(), dims.oH(), dims.oW(), dims.o()})) {
            throw new IllegalArgumentException("epsilon shape " + java.util.Arrays.toString(eps.shape())
                    + " does not match the layer's output " + dims);
        }
        INDArray mask = positiveInput == input && positive != null && !positive.wasClosed() ? positive : null;
        positive = null;
        positiveInput = null;
        float[] dW = StockOrderConv2d.weightGradient(floats(x), x.offset(), toFloats(w), null,
                eps.data().asNio().order(java.nio.ByteOrder.nativeOrder()).asIntBuffer(),
                eps.offset(), relu, mask == null ? null : mask.data().asNio(), mask == null ? 0 : mask.offset(),
                dims, order().orElseThrow());
        INDArray weightGrad = gradientViews.get(W);
        if (isContiguous(weightGrad)) {
            floats(weightGrad).put(Math.toIntExact(weightGrad.offset()), dW);
        } else {
            weightGrad.assign(Nd4j.createFromArray(dW).reshape(weightGrad.shape()));
        }
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(W, weightGrad, 'c');
        weightNoiseParams.clear();
        return new Pair<>(gradient, null);
    }

    private StockOrderConv2d.Dims dims(INDArray x, INDArray w) {
        long[] hw = geometry.outputSize(x.size(1), x.size(2));
        int[] pad = geometry.topLeftPadding(x.size(1), x.size(2));
        return new StockOrderConv2d.Dims(Math.toIntExact(x.size(0)), Math.toIntExact(x.size(1)),
                Math.toIntExact(x.size(2)), Math.toIntExact(x.size(3)), Math.toIntExact(w.size(0)),
                Math.toIntExact(w.size(2)), Math.toIntExact(w.size(3)), Math.toIntExact(hw[0]),
                Math.toIntExact(hw[1]), pad[0], pad[1]);
    }

    private static boolean isContiguous(INDArray a) {
        return a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a);
    }

    private static INDArray contiguous(INDArray a) {
        return isContiguous(a) ? a : a.dup('c');
    }

    /** The array's buffer as floats, indexed from the buffer's start (add {@code offset()}). */
    private static FloatBuffer floats(INDArray a) {
        return a.data().asNioFloat();
    }

    private static float[] toFloats(INDArray a) {
        return contiguous(a).reshape('c', new long[] {a.length()}).toFloatVector();
    }

    /**
     * {@code dL/dZ} from {@code dL/dA}. For a plain ReLU this is {@code mask * eps} with the mask
     * kept from the forward pass (or {@code step(Z) * eps} after recomputing {@code Z}): contiguous
     * element-wise kernels, about 5x faster than
     * libnd4j's {@code relu_bp} and the same values; other activations use their own backprop.
     */
    private INDArray activationBackprop(INDArray eps, LayerWorkspaceMgr workspaceMgr) {
        IActivation activation = layerConf().getActivationFn();
        INDArray mask = reluMask;
        boolean usable = mask != null && reluInput == input && !mask.wasClosed()
                && mask.ordering() == eps.ordering() && java.util.Arrays.equals(mask.shape(), eps.shape());
        reluMask = null;
        reluInput = null;
        if (usable) {
            return mask.muli(eps);
        }
        INDArray z = preOutput(true, true, workspaceMgr).getFirst();
        if (isPlainRelu(activation) && z.ordering() == eps.ordering()) {
            return Transforms.step(z, false).muli(eps);
        }
        return activation.backprop(z, eps).getFirst();
    }

    private static boolean isPlainRelu(IActivation activation) {
        return activation instanceof ActivationReLU relu && relu.getMax() == null
                && zeroOrUnset(relu.getThreshold()) && zeroOrUnset(relu.getNegativeSlope());
    }

    private static boolean zeroOrUnset(Double value) {
        return value == null || value == 0.0;
    }
}
