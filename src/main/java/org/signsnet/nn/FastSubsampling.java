package org.signsnet.nn;

import static org.signsnet.nn.NdArrays.contiguous;
import static org.signsnet.nn.NdArrays.floats;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
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
 * The runtime layer of {@link FastSubsamplingLayer}: DL4J's {@link SubsamplingLayer} whose max
 * pooling over non-overlapping windows runs in Java ({@link MaxPool2d}), with the same bits as
 * libnd4j's ops. The forward pass of training keeps each window's winning index, so the backward
 * pass is a scatter instead of libnd4j's second search through the input. Everything else (other
 * pooling types, overlapping windows, padding, NCHW, double precision, dropout, NaN in the input)
 * runs DL4J's implementation.
 */
public class FastSubsampling extends SubsamplingLayer {
    /** Training: the winning indices of the last forward pass, and the input they belong to. */
    private int[] argmax;
    private INDArray argmaxInput;

    public FastSubsampling(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private org.deeplearning4j.nn.conf.layers.SubsamplingLayer poolConf() {
        return (org.deeplearning4j.nn.conf.layers.SubsamplingLayer) conf.getLayer();
    }

    /** The pooling's sizes where {@link MaxPool2d} applies to {@code x}, else {@code null}. */
    private MaxPool2d.Dims dims(INDArray x) {
        org.deeplearning4j.nn.conf.layers.SubsamplingLayer c = poolConf();
        int[] k = c.getKernelSize();
        int[] s = c.getStride();
        int[] dil = c.getDilation();
        boolean noPadding = c.getConvolutionMode() == ConvolutionMode.Same
                || (c.getPadding()[0] == 0 && c.getPadding()[1] == 0);
        if (dataType != DataType.FLOAT || x == null || x.rank() != 4 || c.getPoolingType() != PoolingType.MAX
                || c.getCnn2dDataFormat() != CNN2DFormat.NHWC || k[0] != s[0] || k[1] != s[1]
                || dil[0] != 1 || dil[1] != 1 || !noPadding || c.getIDropout() != null
                || x.size(1) % k[0] != 0 || x.size(2) % k[1] != 0 || x.length() >= Integer.MAX_VALUE) {
            return null;
        }
        return new MaxPool2d.Dims(Math.toIntExact(x.size(0)), Math.toIntExact(x.size(1)), Math.toIntExact(x.size(2)),
                Math.toIntExact(x.size(3)), k[0], k[1]);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        argmaxInput = null;
        MaxPool2d.Dims d = dims(input);
        if (d == null) {
            return super.activate(training, workspaceMgr);
        }
        assertInputSet(false);
        INDArray x = contiguous(input.castTo(dataType));
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                new long[] {d.m(), d.oH(), d.oW(), d.c()}, 'c');
        int[] indices = null;
        if (training) {
            if (argmax == null || argmax.length != d.m() * d.outputImage()) {
                argmax = new int[d.m() * d.outputImage()];
            }
            indices = argmax;
        }
        if (!MaxPool2d.forward(floats(x), x.offset(), floats(out), out.offset(), indices, d,
                Runtime.getRuntime().availableProcessors())) {
            return super.activate(training, workspaceMgr);
        }
        if (training) {
            argmaxInput = input;
        }
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        MaxPool2d.Dims d = dims(input);
        boolean kept = argmaxInput == input && argmax != null;
        argmaxInput = null;
        if (d == null || !kept) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray eps = contiguous(epsilon.dataType() == dataType ? epsilon : epsilon.castTo(dataType));
        if (eps.length() != (long) d.m() * d.outputImage()) {
            throw new IllegalArgumentException("epsilon has " + eps.length() + " elements, the layer's output "
                    + (long) d.m() * d.outputImage());
        }
        INDArray epsAtInput = workspaceMgr.create(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c');
        MaxPool2d.backward(floats(eps), eps.offset(), argmax, floats(epsAtInput), epsAtInput.offset(), d);
        return new Pair<>(new DefaultGradient(), epsAtInput);
    }
}
