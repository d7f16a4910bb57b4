package org.signsnet.nn;

import java.util.Collection;
import java.util.Objects;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J {@link ConvolutionLayer} configuration whose layer runs libnd4j's fused convolution
 * kernels ({@link FastConvolution}). Same builder, same parameters ({@code "W"}
 * {@code [nOut, nIn, kH, kW]}, optional {@code "b"}), same initialisation, same output; serialises
 * with the network's JSON like any DL4J layer.
 *
 * <p>Two additions: {@link Builder#computeInputGradient(boolean) computeInputGradient(false)} for a
 * network's first layer, whose input gradient nobody reads; its backward pass then returns no
 * epsilon. And {@link Builder#stockOrder(boolean) stockOrder(true)}: compute in the summation order
 * of DL4J's stock layer ({@link StockOrderConv2d}), so that every number equals the stock layer's
 * bit for bit: fast where this machine's BLAS order is recognised ({@link BlasSummationOrder}),
 * elsewhere by running the stock implementation.
 */
public class FastConvolutionLayer extends ConvolutionLayer {
    private boolean computeInputGradient = true;
    private boolean stockOrder;

    /** For JSON deserialisation. */
    public FastConvolutionLayer() {
        super();
    }

    protected FastConvolutionLayer(Builder builder) {
        super(builder);
        this.computeInputGradient = builder.computeInputGradient;
        this.stockOrder = builder.stockOrder;
        Conv2dGeometry.of(this);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> trainingListeners,
            int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNInNOutSet("FastConvolutionLayer", getLayerName(), layerIndex, getNIn(), getNOut());
        return RuntimeLayers.wire(new FastConvolution(conf, networkDataType), conf, initializer(), trainingListeners,
                layerIndex, layerParamsView, initializeParams);
    }

    /** Whether the backward pass computes the gradient with respect to the layer's input. */
    public boolean isComputeInputGradient() {
        return computeInputGradient;
    }

    public void setComputeInputGradient(boolean computeInputGradient) {
        this.computeInputGradient = computeInputGradient;
    }

    /** Whether the layer computes in DL4J's stock summation order (same bits as the stock layer). */
    public boolean isStockOrder() {
        return stockOrder;
    }

    public void setStockOrder(boolean stockOrder) {
        this.stockOrder = stockOrder;
    }

    @Override
    public FastConvolutionLayer clone() {
        return (FastConvolutionLayer) super.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FastConvolutionLayer other && super.equals(o)
                && computeInputGradient == other.computeInputGradient && stockOrder == other.stockOrder;
    }

    @Override
    protected boolean canEqual(Object other) {
        return other instanceof FastConvolutionLayer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), computeInputGradient, stockOrder);
    }

    @Override
    public String toString() {
        return "FastConvolutionLayer(computeInputGradient=" + computeInputGradient + ", stockOrder=" + stockOrder + ", " + super.toString() + ")";
    }

    /** {@link ConvolutionLayer.Builder} that builds a {@link FastConvolutionLayer}. */
    public static class Builder extends ConvolutionLayer.Builder {
        private boolean computeInputGradient = true;
        private boolean stockOrder;

        /** @param kernelSize {@code kH, kW} */
        public Builder(int... kernelSize) {
            super(kernelSize);
        }

        /**
         * {@code false} for a network's first layer: the backward pass then skips the gradient with
         * respect to the input and returns no epsilon.
         */
        public Builder computeInputGradient(boolean value) {
            this.computeInputGradient = value;
            return this;
        }

        /**
         * {@code true}: compute in the stock layer's summation order ({@link StockOrderConv2d}),
         * giving the stock layer's results bit for bit: fast where supported (float, NHWC, stride
         * and dilation 1, a recognised BLAS order), elsewhere by running the stock implementation.
         */
        public Builder stockOrder(boolean value) {
            this.stockOrder = value;
            return this;
        }

        @Override
        public FastConvolutionLayer build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new FastConvolutionLayer(this);
        }
    }
}
