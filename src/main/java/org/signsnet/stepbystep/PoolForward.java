package org.signsnet.stepbystep;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What {@code pool_forward} returns: {@code A, cache}.
 *
 * @param a the pooled output, shape {@code (m, n_H, n_W, n_C)}
 * @param cache the values {@code pool_backward} needs
 */
public record PoolForward(INDArray a, PoolCache cache) {}
