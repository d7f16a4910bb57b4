package org.signsnet.stepbystep;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The notebook's {@code cache = (A_prev, hparameters)} returned by {@code pool_forward}.
 *
 * @param aPrev the input {@code A_prev}, shape {@code (m, n_H_prev, n_W_prev, n_C_prev)}
 * @param params window size and stride
 */
public record PoolCache(INDArray aPrev, PoolParams params) {}
