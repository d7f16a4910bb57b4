package org.signsnet.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a {@link FastConvolution} fused with the {@link FastMaxPooling} after it hands over. In a
 * fused forward pass the convolution computes the pooled output itself and returns
 * {@link #convOutput}, an array the pooling recognises and never reads (it is not filled); in the
 * backward pass the pooling keeps the gradient at its output in {@link #pooledGradient} and returns
 * {@link #inputGradient}, likewise recognised by the convolution and not filled. Only the two
 * layers see these arrays: {@link FastNetwork} fuses them only where nothing else reads them.
 */
final class PooledHandoff {
    final INDArray convOutput;
    final PoolShape shape;
    /** {@code (m, p.oH, p.oW, o)}: the pooled output, after the convolution's activation. */
    final FlatArray pooled;
    /** Flat indices into the convolution's output of each pooled element's winner; null in inference. */
    final int[] argmax;

    FlatArray pooledGradient;
    INDArray inputGradient;

    PooledHandoff(INDArray convOutput, PoolShape shape, FlatArray pooled, int[] argmax) {
        this.convOutput = convOutput;
        this.shape = shape;
        this.pooled = pooled;
        this.argmax = argmax;
    }
}
