/**
 * signsnet's fast layers: DL4J's convolution and max-pooling layers with their forward and backward
 * passes in Java kernels.
 *
 * <p>How it fits together, from the outside in:
 * <ul>
 *   <li>{@link org.signsnet.nn.FastNetwork}: a {@code MultiLayerNetwork} with DL4J's own
 *       configuration, parameters and files, whose supported layers are replaced at run time by</li>
 *   <li>{@link org.signsnet.nn.FastConvolution} and {@link org.signsnet.nn.FastMaxPooling}, DL4J
 *       runtime layers (same parameters, gradient views, dropout) that call</li>
 *   <li>the kernels: {@link org.signsnet.nn.ScalarConv2d} and {@link org.signsnet.nn.MaxPool2d} in
 *       plain Java, which define the order of every sum, and {@link org.signsnet.nn.VectorConv2d}
 *       and {@link org.signsnet.nn.VectorMaxPool2d}, the same operations eight channels at a time
 *       with the Vector API ({@link org.signsnet.nn.Kernels} chooses).</li>
 * </ul>
 * Every value is computed by one image's fixed sequence of operations, and per-image partial sums
 * are added in image order ({@link org.signsnet.nn.ImageParallel}), so the results are the same
 * with one thread or several, with the Vector API or without. They equal DL4J's stock layers to
 * float rounding, which sums in another order.
 */
package org.signsnet.nn;
