package org.signsnet.nn;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's pooling layer ({@link SubsamplingLayer}, configured by the stock
 * {@code org.deeplearning4j.nn.conf.layers.SubsamplingLayer}) with max pooling of NHWC float or
 * double images on signsnet's kernels ({@link Kernels}), with libnd4j's results; other pooling
 * types, NCHW and dilated windows run DL4J's own code. A training forward pass keeps each window's
 * winner, so the backward pass sends the gradient there without searching again. Where
 * {@link FastNetwork} fuses it with the convolution before it, that convolution does the pooling
 * ({@link PooledHandoff}).
 */
public class FastMaxPooling extends SubsamplingLayer {
    /** The last training forward pass; null when there is none. */
    private Pass last;
    /** The fused convolution's pooled output for the current forward pass, if any. */
    private PooledHandoff handoff;

    public FastMaxPooling(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** The configurations this layer runs on its own kernels (others run DL4J's code). */
    static boolean supports(org.deeplearning4j.nn.conf.layers.SubsamplingLayer conf) {
        int[] dilation = conf.getDilation();
        return conf.getPoolingType() == PoolingType.MAX
                && conf.getCnn2dDataFormat() == CNN2DFormat.NHWC
                && dilation[0] == 1
                && dilation[1] == 1;
    }

    /** The pooling of {@code input} by this layer's configuration. */
    PoolShape shape(INDArray input) {
        return PoolShape.of(layerConf(), input);
    }

    /** Receives the pooled output of a fused convolution, for the forward pass on {@code handoff.convOutput}. */
    void receive(PooledHandoff pooled) {
        this.handoff = pooled;
    }

    /** The handoff of the last fused training pass, whose gradient the convolution collects. */
    PooledHandoff fusedPass() {
        return last == null ? null : last.fused;
    }

    private boolean runsHere(INDArray x) {
        return x != null
                && x.rank() == 4
                && (dataType == DataType.FLOAT || dataType == DataType.DOUBLE)
                && supports(layerConf());
    }

    @Override
    public INDArray activate(boolean train, LayerWorkspaceMgr workspaceMgr) {
        PooledHandoff fused = handoff;
        handoff = null;
        if (fused != null && fused.convOutput == input) {
            INDArray y =
                    workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, fused.shape.outputShape(), 'c');
            NdArrays.write(fused.pooled, 0, y, 0, Math.toIntExact(y.length()));
            last = train ? new Pass(input, fused.shape, fused.argmax, fused) : last;
            return y;
        }
        if (!runsHere(input)) {
            return super.activate(train, workspaceMgr);
        }
        INDArray x = NdArrays.contiguous(input.castTo(dataType));
        PoolShape s = shape(x);
        FlatArray in = NdArrays.allocate(dataType, s.m() * s.inputImage());
        FlatArray out = NdArrays.allocate(dataType, s.m() * s.outputImage());
        int[] argmax = train ? new int[s.m() * s.outputImage()] : null;
        INDArray y = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, s.outputShape(), 'c');
        MaxPoolKernel kernel = Kernels.maxPooling(dataType);
        ImageParallel.run(s.m(), (from, to) -> {
            NdArrays.read(x, (long) from * s.inputImage(), in, from * s.inputImage(), (to - from) * s.inputImage());
            kernel.forward(s, in, out, argmax, from, to);
            NdArrays.write(
                    out, from * s.outputImage(), y, (long) from * s.outputImage(), (to - from) * s.outputImage());
        });
        if (train) {
            last = new Pass(input, s, argmax, null);
        }
        return y;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        Pass pass = last;
        if (pass == null || pass.input != input) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        FlatArray gradient = NdArrays.copyOf(epsilon.castTo(dataType));
        if (pass.fused != null) {
            pass.fused.pooledGradient = gradient;
            pass.fused.inputGradient =
                    workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c');
            return new Pair<>(new DefaultGradient(), pass.fused.inputGradient);
        }
        INDArray epsAtInput = workspaceMgr.create(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c');
        ImageParallel.run(
                pass.shape.m(),
                (from, to) -> MaxPool2d.backward(pass.shape, gradient, pass.argmax, epsAtInput, from, to));
        return new Pair<>(new DefaultGradient(), epsAtInput);
    }

    /**
     * A training forward pass: its input array, sizes, each output element's winning input index,
     * and the handoff when a fused convolution did the pooling.
     */
    private record Pass(INDArray input, PoolShape shape, int[] argmax, PooledHandoff fused) {}
}
