package org.signsnet.stepbystep;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What {@code conv_forward} returns: {@code Z, cache}.
 *
 * @param z the convolution output, shape {@code (m, n_H, n_W, n_C)}
 * @param cache the values {@code conv_backward} needs
 */
public record ConvForward(INDArray z, ConvCache cache) {}
