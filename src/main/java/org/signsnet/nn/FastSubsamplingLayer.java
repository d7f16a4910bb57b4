package org.signsnet.nn;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J {@link SubsamplingLayer} configuration whose layer ({@link FastSubsampling}) runs max
 * pooling over non-overlapping windows in Java, with libnd4j's results bit for bit and a backward
 * pass that scatters instead of searching again. Same builder, no parameters; serialises with the
 * network's JSON like any DL4J layer.
 */
public class FastSubsamplingLayer extends SubsamplingLayer {

    /** For JSON deserialisation. */
    public FastSubsamplingLayer() {
        super();
    }

    protected FastSubsamplingLayer(Builder builder) {
        super(builder);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> trainingListeners,
            int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        return RuntimeLayers.wire(new FastSubsampling(conf, networkDataType), conf, initializer(), trainingListeners,
                layerIndex, layerParamsView, initializeParams);
    }

    @Override
    public FastSubsamplingLayer clone() {
        return (FastSubsamplingLayer) super.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FastSubsamplingLayer && super.equals(o);
    }

    @Override
    protected boolean canEqual(Object other) {
        return other instanceof FastSubsamplingLayer;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public String toString() {
        return "FastSubsamplingLayer(" + super.toString() + ")";
    }

    /** {@link SubsamplingLayer.Builder} that builds a {@link FastSubsamplingLayer}. */
    public static class Builder extends SubsamplingLayer.Builder {
        public Builder(org.deeplearning4j.nn.conf.layers.PoolingType poolingType) {
            super(poolingType);
        }

        public Builder(SubsamplingLayer.PoolingType poolingType) {
            super(poolingType);
        }

        @Override
        public FastSubsamplingLayer build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new FastSubsamplingLayer(this);
        }
    }
}
