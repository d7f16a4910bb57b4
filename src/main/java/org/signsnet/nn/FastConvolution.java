package org.signsnet.nn;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's convolution layer ({@link ConvolutionLayer}, configured by the stock
 * {@code org.deeplearning4j.nn.conf.layers.ConvolutionLayer}) with its forward and backward passes
 * on signsnet's kernels ({@link Kernels}): NHWC, float or double, dilation 1, no activation or a
 * plain ReLU, which the kernel applies. Any other configuration runs DL4J's own code. Parameters,
 * gradient views, dropout and weight noise are DL4J's.
 *
 * <p>A training forward pass keeps the zero-padded input and the ReLU output; the backward pass
 * computes {@code dZ} from them without running the convolution again, and skips the output pixels
 * whose gradient is zero ({@link SparseGradient}). Two things {@link FastNetwork} arranges: the first
 * layer skips its input gradient when nobody reads it ({@link #setInputGradientNeeded}), and a
 * layer followed by a {@link FastMaxPooling} does that pooling itself where nothing else reads its
 * output ({@link #poolWith}, {@link #setFused}, {@link PooledHandoff}).
 */
public class FastConvolution extends ConvolutionLayer {
    private static final String W = ConvolutionParamInitializer.WEIGHT_KEY;
    private static final String B = ConvolutionParamInitializer.BIAS_KEY;

    private boolean inputGradientNeeded = true;
    private FastMaxPooling pooling;
    private boolean fused;
    /** What the last training forward pass left for the backward pass; null when there is none. */
    private Pass last;

    private final Scratch training = new Scratch();
    private final Scratch inference = new Scratch();
    /** Each thread's {@code dZ} of one image in the backward pass, kept from one pass to the next. */
    private final ThreadLocal<SparseGradient> sparse = new ThreadLocal<>();

    public FastConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** The configurations this layer runs on its own kernels (others run DL4J's code). */
    static boolean supports(org.deeplearning4j.nn.conf.layers.ConvolutionLayer conf) {
        int[] dilation = conf.getDilation();
        return conf.getCnn2dDataFormat() == CNN2DFormat.NHWC
                && dilation[0] == 1
                && dilation[1] == 1
                && conf.getConvolutionMode() != ConvolutionMode.Causal
                && activation(conf.getActivationFn()) != null;
    }

    /** Whether the backward pass computes the gradient with respect to the layer's input. */
    void setInputGradientNeeded(boolean needed) {
        this.inputGradientNeeded = needed;
    }

    /** The max-pooling that takes this layer's output, which this layer may then compute itself. */
    void poolWith(FastMaxPooling next) {
        this.pooling = next;
    }

    /** While on, the forward pass does the pooling of {@link #poolWith} and leaves its own output unfilled. */
    void setFused(boolean on) {
        this.fused = on;
    }

    /** The kernels' activation: true for a plain ReLU, false for none, null for anything else. */
    private static Boolean activation(IActivation fn) {
        if (fn instanceof ActivationIdentity) {
            return false;
        }
        return fn instanceof ActivationReLU relu
                        && relu.getMax() == null
                        && zeroOrUnset(relu.getThreshold())
                        && zeroOrUnset(relu.getNegativeSlope())
                ? Boolean.TRUE
                : null;
    }

    private static boolean zeroOrUnset(Double value) {
        return value == null || value == 0.0;
    }

    private boolean runsHere(INDArray x) {
        return x != null
                && x.rank() == 4
                && (dataType == DataType.FLOAT || dataType == DataType.DOUBLE)
                && x.size(3) == layerConf().getNIn()
                && supports(layerConf());
    }

    @Override
    public INDArray activate(boolean train, LayerWorkspaceMgr workspaceMgr) {
        if (!runsHere(input)) {
            last = null;
            return super.activate(train, workspaceMgr);
        }
        assertInputSet(false);
        applyDropOutIfNecessary(train, workspaceMgr);
        INDArray x = NdArrays.contiguous(input.castTo(dataType));
        Conv2dShape s = Conv2dShape.of(layerConf(), x);
        boolean relu = activation(layerConf().getActivationFn());
        FlatArray w = ConvWeights.byTap(getParamWithNoise(W, train, workspaceMgr), s);
        FlatArray b = hasBias() ? NdArrays.copyOf(getParamWithNoise(B, train, workspaceMgr)) : null;
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, s.outputShape(), 'c');
        Conv2dKernel kernel = Kernels.convolution(dataType);
        PoolShape p = fused && pooling != null ? pooling.shape(out) : null;
        boolean pooledHere = p != null && FusedPooling.supports(p);
        Scratch scratch = (train ? training : inference).fit(dataType, s, pooledHere);
        if (pooledHere) {
            FlatArray pooled = NdArrays.allocate(dataType, s.m() * p.outputImage());
            int[] argmax = train ? new int[s.m() * p.outputImage()] : null;
            ImageParallel.run(s.m(), (from, to) -> {
                NdArrays.readPadded(x, s, scratch.paddedInput, from, to);
                kernel.forwardPooled(s, p, scratch.paddedInput, w, b, relu, pooled, argmax, from, to);
            });
            PooledHandoff handoff = new PooledHandoff(out, p, pooled, argmax);
            pooling.receive(handoff);
            last = train ? new Pass(input, s, relu, scratch.paddedInput, null, handoff) : last;
            return out;
        }
        int image = s.outputImage();
        ImageParallel.run(s.m(), (from, to) -> {
            NdArrays.readPadded(x, s, scratch.paddedInput, from, to);
            kernel.forward(s, scratch.paddedInput, w, b, relu, scratch.output, from, to);
            NdArrays.write(scratch.output, from * image, out, (long) from * image, (to - from) * image);
        });
        last = train ? new Pass(input, s, relu, scratch.paddedInput, scratch.output, null) : last;
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        Pass pass = last;
        if (pass == null || pass.input != input) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        Conv2dShape s = pass.shape;
        PooledHandoff fusedPass = pass.fused;
        if (fusedPass != null && epsilon != fusedPass.inputGradient) {
            throw new IllegalStateException(
                    "the fused pooling's gradient was expected in the backward pass of " + layerId());
        }
        FlatArray gradient = fusedPass == null ? NdArrays.copyOf(epsilon.castTo(dataType)) : null;
        FlatArray partials = NdArrays.allocate(dataType, s.m() * s.weights());
        FlatArray biasPartials = hasBias() ? NdArrays.allocate(dataType, s.m() * s.o()) : null;
        boolean wantInputGradient = inputGradientNeeded;
        FlatArray transposed =
                wantInputGradient ? ConvWeights.byTapTransposed(getParamWithNoise(W, true, workspaceMgr), s) : null;
        FlatArray paddedGradient = wantInputGradient ? NdArrays.allocate(dataType, s.m() * s.paddedImage()) : null;
        INDArray epsNext = wantInputGradient
                ? workspaceMgr.createUninitialized(
                        ArrayType.ACTIVATION_GRAD, dataType, new long[] {s.m(), s.h(), s.w(), s.c()}, 'c')
                : null;
        Conv2dKernel kernel = Kernels.convolution(dataType);
        ImageParallel.run(s.m(), (from, to) -> {
            SparseGradient dz = SparseGradient.reuse(sparse.get(), s, pass.paddedInput);
            sparse.set(dz);
            for (int n = from; n < to; n++) {
                if (fusedPass != null) {
                    dz.gatherPooled(
                            s,
                            fusedPass.shape,
                            fusedPass.pooledGradient,
                            pass.relu ? fusedPass.pooled : null,
                            fusedPass.argmax,
                            n);
                } else {
                    kernel.gather(s, gradient, pass.relu ? pass.output : null, n, dz);
                }
                kernel.weightGradient(s, pass.paddedInput, dz, n, partials, biasPartials);
                if (wantInputGradient) {
                    kernel.inputGradient(s, dz, n, transposed, paddedGradient);
                }
            }
            if (wantInputGradient) {
                NdArrays.writeCropped(paddedGradient, s, epsNext, from, to);
            }
        });
        Gradient result = new DefaultGradient();
        if (hasBias()) {
            ConvWeights.sumBiasIntoGradient(biasPartials, s, gradientViews.get(B));
            result.setGradientFor(B, gradientViews.get(B));
        }
        ConvWeights.sumIntoGradient(partials, s, gradientViews.get(W));
        result.setGradientFor(W, gradientViews.get(W), 'c');
        weightNoiseParams.clear();
        return new Pair<>(result, wantInputGradient ? backpropDropOutIfPresent(epsNext) : null);
    }

    /**
     * A training forward pass: its input array, sizes, activation, zero-padded input, output (the
     * ReLU output for the backward pass; not kept when fused) and the fused pooling's handoff.
     */
    private record Pass(
            INDArray input,
            Conv2dShape shape,
            boolean relu,
            FlatArray paddedInput,
            FlatArray output,
            PooledHandoff fused) {}

    /** Java arrays kept from one forward pass to the next of the same kind. */
    private static final class Scratch {
        FlatArray paddedInput;
        FlatArray output;

        /** The padded input, and the output unless the pass pools inside the convolution ({@code fused}). */
        Scratch fit(DataType type, Conv2dShape s, boolean fused) {
            paddedInput = NdArrays.reuse(paddedInput, type, s.m() * s.paddedImage());
            if (!fused) {
                output = NdArrays.reuse(output, type, s.m() * s.outputImage());
            }
            return this;
        }
    }
}
