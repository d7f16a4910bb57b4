/**
 * Custom Deeplearning4j layers that run the notebook's ConvNet fast.
 *
 * <p>DL4J 1.0.0-M2.1's {@code ConvolutionLayer} never reaches a fused convolution on the CPU: its
 * oneDNN helper is switched off by default ({@code org.eclipse.deeplearning4j.helpers.disable}
 * defaults to {@code true}) and, when switched on, drops itself because
 * {@code BaseMKLDNNHelper.mklDnnEnabled()} reflects on a class that no longer exists
 * ({@code org.nd4j.nativeblas.Nd4jCpu$Environment}). The layer then runs a Java-side
 * im2col + gemm + col2im. {@link org.signsnet.nn.FastConvolutionLayer} is a drop-in configuration
 * (same parameters, {@code "W"} as {@code [nOut, nIn, kH, kW]}, optional {@code "b"}, same
 * initialisation) in two modes: with {@code stockOrder(true)}, as the notebook preset uses it, it
 * gives the stock layer's results bit for bit, summing in the order OpenBLAS sums
 * ({@link org.signsnet.nn.BlasSummationOrder}, {@link org.signsnet.nn.StockOrderConv2d}); without,
 * it calls libnd4j's {@code conv2d} / {@code conv2d_bp} (oneDNN), the same numbers up to rounding.
 * {@link org.signsnet.nn.FastSubsamplingLayer} does max pooling over non-overlapping windows in
 * Java with libnd4j's bits.
 */
package org.signsnet.nn;
