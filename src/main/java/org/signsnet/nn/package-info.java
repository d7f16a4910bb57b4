/**
 * signsnet's fast path: DL4J's convolution and max-pooling layers with their forward and backward
 * passes in Java kernels, and a whole-network training step for networks of the notebook's form.
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
 * For a network of the notebook's form (convolution + max-pooling blocks, then a softmax output
 * layer, trained by Adam: {@link org.signsnet.nn.FusedConvNet}) signsnet skips DL4J's
 * layer-by-layer passes: {@link org.signsnet.nn.TrainingStep} runs each image through the whole
 * network in one go ({@link org.signsnet.nn.ConvPoolBlock} per block, {@link
 * org.signsnet.nn.SoftmaxOutput}, {@link org.signsnet.nn.Padding} between them) and applies
 * {@link org.signsnet.nn.AdamUpdate} to DL4J's own parameter and updater-state arrays;
 * {@link org.signsnet.nn.FastNetwork}'s {@code fit} and {@code output} take that path.
 *
 * <p>Every value is computed by one image's fixed sequence of operations, and per-image partial sums
 * are added in image order ({@link org.signsnet.nn.ImageParallel}), so the results are the same
 * with one thread or several, with the Vector API or without. They equal DL4J's stock layers to
 * float rounding, which sums in another order.
 */
package org.signsnet.nn;
