package org.signsnet.stepbystep;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What {@code conv_backward} returns: {@code dA_prev, dW, db}.
 *
 * @param dAPrev gradient with respect to {@code A_prev}, shape {@code (m, n_H_prev, n_W_prev, n_C_prev)}
 * @param dW gradient with respect to {@code W}, shape {@code (f, f, n_C_prev, n_C)}
 * @param db gradient with respect to {@code b}, shape {@code (1, 1, 1, n_C)}
 */
public record ConvGradients(INDArray dAPrev, INDArray dW, INDArray db) {}
