/**
 * The numpy notebook "Convolutional Neural Networks: Step by Step" (course 4, week 1) in Java, digit
 * for digit: convolution and pooling layers, forward and backward, on DOUBLE ND4J arrays in NHWC
 * layout {@code (m, n_H, n_W, n_C)}.
 *
 * <ul>
 *   <li>{@link org.signsnet.stepbystep.ConvolutionOps}: {@code conv_forward}, {@code conv_backward},
 *       {@code pool_forward}, {@code pool_backward}, with hyperparameters as records
 *       ({@link org.signsnet.stepbystep.ConvParams}, {@link org.signsnet.stepbystep.PoolParams}) and
 *       {@link org.signsnet.stepbystep.PoolMode};</li>
 *   <li>{@link org.signsnet.stepbystep.LoopConvolutionOps} ({@link org.signsnet.stepbystep.LoopConvolution},
 *       {@link org.signsnet.stepbystep.LoopPooling}): the notebook's loops and slices line by line,
 *       plus {@code zero_pad}, {@code conv_single_step}, {@code create_mask_from_window},
 *       {@code distribute_value};</li>
 *   <li>{@link org.signsnet.stepbystep.VectorisedConvolutionOps}: the same values by im2col + gemm and
 *       whole-array pooling, timed by {@code org.signsnet.perf.StepByStepBenchmark};</li>
 *   <li>{@link org.signsnet.stepbystep.StepByStepNotebook}: the notebook's example cells with their
 *       seeds, returning {@link org.signsnet.stepbystep.StepByStepCells}, printed by
 *       {@link org.signsnet.stepbystep.StepByStepPrinter} (numpy's formatting, {@link org.signsnet.format.NumpyFormat})
 *       or {@link org.signsnet.stepbystep.StepByStepJson}.</li>
 * </ul>
 * The CLI front end is {@code signsnet step-by-step}.
 */
package org.signsnet.stepbystep;
