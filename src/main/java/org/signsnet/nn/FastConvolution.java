package org.signsnet.nn;

import static org.signsnet.nn.NdArrays.contiguous;
import static org.signsnet.nn.NdArrays.floats;
import static org.signsnet.nn.NdArrays.isContiguous;

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
 * Parameters, gradient views, activation, dropout and weight noise are DL4J's own; every sizeable
 * ND4J array is created through the {@link LayerWorkspaceMgr}, so steady-state training on the fused
 * path allocates no new off-heap memory (the stock-order path below also uses Java arrays per step).
 *
 * <p>Without oneDNN in the loaded libnd4j ({@link OneDnn#available()}) the fused kernels are slow,
 * and the layer runs DL4J's stock implementation instead: same numbers either way.
 *
 * <p>Configured with {@code stockOrder}, the layer instead gives the stock layer's results bit for
 * bit ({@link #pathFor}): on products the size of training batches, the forward pass in the stock
 * summation order ({@link StockOrderConv2d#forward}) and the backward pass of a first layer (no
 * input gradient, no bias, ReLU or identity) as the weight gradient alone, in the stock order,
 * from the positions where the incoming gradient is not zero
 * ({@link StockOrderConv2d#weightGradient}); any other pass is the stock layer's own, also where
 * this machine's gemm order is not recognised (then exact but slow).
 */
public class FastConvolution extends ConvolutionLayer {
    private static final String W = ConvolutionParamInitializer.WEIGHT_KEY;
    private static final String B = ConvolutionParamInitializer.BIAS_KEY;

    private final Conv2dGeometry geometry;
    /** Inputs per output ({@code nIn * kH * kW}) and output channels: the sizes of the layer's products. */
    private final long taps;
    private final long outputs;
    /** Training-mode ReLU mask {@code step(Z)} of a plain-ReLU layer and the input it came from. */
    private INDArray reluMask;
    private INDArray reluInput;
    /** Stock-order training: {@code relu(Z)} of the last forward pass, and the input it came from. */
    private float[] positive;
    private INDArray positiveInput;
    /** {@link #order()}, once asked for. */
    private java.util.Optional<BlasSummationOrder> order;

    public FastConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
        NativeThreads.applyOnce();
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer c = (org.deeplearning4j.nn.conf.layers.ConvolutionLayer) conf.getLayer();
        this.geometry = Conv2dGeometry.of(c);
        this.taps = c.getNIn() * c.getKernelSize()[0] * c.getKernelSize()[1];
        this.outputs = c.getNOut();
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
        if (path == Path.STOCK) {
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
        if (training && relu && pathFor(input) == Path.FUSED) {
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
        if (path == Path.STOCK) {
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
     * Without {@code stockOrder}: {@code FUSED} where oneDNN is loaded, else {@code STOCK}. With it:
     * {@code STOCK_ORDER} for float NHWC stride-1 products the size of a training batch
     * ({@link BlasSummationOrder#covers}) whose order this machine's gemm is known for, and
     * {@code STOCK} (exact, slow) for other sizes, where the order is not recognised, or the
     * geometry is not supported. The order is measured only once a covered product needs it.
     */
    private Path pathFor(INDArray x) {
        if (!fastConf().isStockOrder()) {
            return OneDnn.available() ? Path.FUSED : Path.STOCK;
        }
        if (dataType != DataType.FLOAT || x == null || x.rank() != 4 || !geometry.isNhwcUnitStride()) {
            return Path.STOCK;
        }
        long[] hw = geometry.outputSize(x.size(1), x.size(2));
        return BlasSummationOrder.covers(x.size(0) * hw[0] * hw[1], taps, outputs) && order().isPresent()
                ? Path.STOCK_ORDER : Path.STOCK;
    }

    /** This machine's gemm order for this layer's sizes (measured on first use, then kept). */
    private java.util.Optional<BlasSummationOrder> order() {
        if (order == null) {
            order = BlasSummationOrder.forLayer(Math.toIntExact(taps), Math.toIntExact(outputs));
        }
        return order;
    }

    private Pair<INDArray, INDArray> stockOrderPreOutput(boolean training, boolean forBackprop, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(forBackprop);
        return new Pair<>(stockOrderForward(training, false, workspaceMgr), null);
    }

    /**
     * {@code Z}, or with {@code activate} the layer's activation of it, in the ACTIVATIONS
     * workspace, NHWC c-order. ReLU is applied by the kernel, as DL4J's {@code RectifiedLinear}
     * ({@link StockOrderConv2d#forward}); other activations by DL4J's own op. In training a ReLU
     * layer also keeps a copy of its output, whose positive elements are ReLU's derivative, for its
     * backward pass.
     */
    private INDArray stockOrderForward(boolean training, boolean activate, LayerWorkspaceMgr workspaceMgr) {
        validateInputRank();
        positiveInput = null;
        INDArray w = getParamWithNoise(W, training, workspaceMgr);
        INDArray b = hasBias() ? getParamWithNoise(B, training, workspaceMgr) : null;
        validateInputDepth(w.size(1));
        INDArray x = contiguous(input.castTo(dataType));
        StockOrderConv2d.Dims dims = dims(x, w);
        IActivation activation = layerConf().getActivationFn();
        boolean relu = activate && isPlainRelu(activation);
        boolean keepMask = relu && training;
        if (keepMask && (positive == null || positive.length < dims.m() * dims.outputImage())) {
            positive = new float[dims.m() * dims.outputImage()];
        }
        INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                new long[] {dims.m(), dims.oH(), dims.oW(), dims.o()}, 'c');
        StockOrderConv2d.forward(floats(x), x.offset(), toFloats(w), b == null ? null : toFloats(b),
                floats(z), z.offset(), dims, order().orElseThrow().forwardChains(), relu,
                keepMask ? positive : null, Runtime.getRuntime().availableProcessors());
        if (keepMask) {
            positiveInput = input;
        }
        return activate && !relu ? activation.getActivation(z, training) : z;
    }

    /**
     * The backward pass, bits as the stock layer's: the weight gradient by
     * {@link StockOrderConv2d#weightGradient}; where the input gradient is wanted, {@code delta} in
     * Java and then the stock layer's own product and col2im. Layers with a bias, dropout or an
     * activation other than ReLU/identity, and ReLU layers without their forward copy, run the stock
     * backward pass.
     */
    private Pair<Gradient, INDArray> stockOrderBackprop(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        IActivation activation = layerConf().getActivationFn();
        boolean relu = isPlainRelu(activation);
        boolean inputGradient = fastConf().isComputeInputGradient();
        float[] activations = positiveInput == input ? positive : null;
        positiveInput = null;
        if (hasBias() || layerConf().getIDropout() != null || !(relu || activation instanceof ActivationIdentity)
                || (inputGradient && relu && activations == null)) {
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
        float[] dW = StockOrderConv2d.weightGradient(floats(x), x.offset(), toFloats(w),
                eps.data().asNio().order(java.nio.ByteOrder.nativeOrder()).asIntBuffer(),
                eps.offset(), relu, activations, dims, order().orElseThrow(), Runtime.getRuntime().availableProcessors());
        INDArray weightGrad = gradientViews.get(W);
        if (isContiguous(weightGrad)) {
            floats(weightGrad).put(Math.toIntExact(weightGrad.offset()), dW);
        } else {
            weightGrad.assign(Nd4j.createFromArray(dW).reshape(weightGrad.shape()));
        }
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(W, weightGrad, 'c');
        INDArray epsNext = inputGradient
                ? stockInputGradient(eps, relu ? activations : null, w, dims, workspaceMgr) : null;
        weightNoiseParams.clear();
        return new Pair<>(gradient, epsNext);
    }

    /**
     * {@code dL/dInput}: {@code delta} computed here, then exactly the stock layer's
     * {@code W2d.mmul(delta2d)} and {@code col2im}. NHWC, a view of channels-major storage as
     * the stock layer returns it.
     */
    private INDArray stockInputGradient(INDArray eps, float[] activations, INDArray w, StockOrderConv2d.Dims d,
            LayerWorkspaceMgr workspaceMgr) {
        long rows = (long) d.m() * d.oH() * d.oW();
        INDArray delta2d = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, new long[] {d.o(), rows}, 'c');
        floats(delta2d).put(Math.toIntExact(delta2d.offset()),
                StockOrderConv2d.transposedDelta(floats(eps), eps.offset(), activations, d));
        // From here on as DL4J's ConvolutionLayer.backpropGradient.
        INDArray w2d = w.permute(3, 2, 1, 0).reshape('f', new long[] {d.taps(), d.o()});
        INDArray epsNext2d = w2d.mmul(delta2d);
        INDArray eps6d = Shape.newShapeNoCopy(epsNext2d, new long[] {d.kW(), d.kH(), d.c(), d.oW(), d.oH(), d.m()}, true);
        eps6d = eps6d.permute(5, 2, 1, 0, 4, 3);
        INDArray epsNextOrig = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, eps6d.dataType(),
                new long[] {d.c(), d.m(), d.h(), d.w()}, 'c');
        INDArray epsNext = epsNextOrig.permute(1, 0, 2, 3);
        org.nd4j.linalg.convolution.Convolution.col2im(eps6d, epsNext, 1, 1, d.padTop(), d.padLeft(), d.h(), d.w(), 1, 1);
        return epsNext.permute(0, 2, 3, 1);
    }

    private StockOrderConv2d.Dims dims(INDArray x, INDArray w) {
        long[] hw = geometry.outputSize(x.size(1), x.size(2));
        int[] pad = geometry.topLeftPadding(x.size(1), x.size(2));
        return new StockOrderConv2d.Dims(Math.toIntExact(x.size(0)), Math.toIntExact(x.size(1)),
                Math.toIntExact(x.size(2)), Math.toIntExact(x.size(3)), Math.toIntExact(w.size(0)),
                Math.toIntExact(w.size(2)), Math.toIntExact(w.size(3)), Math.toIntExact(hw[0]),
                Math.toIntExact(hw[1]), pad[0], pad[1]);
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
