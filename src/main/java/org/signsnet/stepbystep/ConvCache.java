package org.signsnet.stepbystep;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The notebook's {@code cache = (A_prev, W, b, hparameters)} returned by {@code conv_forward}.
 *
 * @param aPrev the input {@code A_prev}, shape {@code (m, n_H_prev, n_W_prev, n_C_prev)}
 * @param w the filters {@code W}, shape {@code (f, f, n_C_prev, n_C)}
 * @param b the biases {@code b}, shape {@code (1, 1, 1, n_C)}
 * @param params stride and pad
 */
public record ConvCache(INDArray aPrev, INDArray w, INDArray b, ConvParams params) {}
