package org.signsnet.nn;

/**
 * When a convolution's output can be max-pooled inside the convolution kernel
 * ({@link Conv2dKernel#forwardPooled}): windows that do not overlap ({@code kH <= sH},
 * {@code kW <= sW}), no dilation, and the pooled input being the convolution's output.
 */
final class FusedPooling {
    private FusedPooling() {}

    static boolean supports(PoolShape p) {
        return p.kH() <= p.sH() && p.kW() <= p.sW();
    }

    /** The output row of the pooled windows that conv output row {@code oh} belongs to, or -1 for none. */
    static int pooledRow(PoolShape p, int oh) {
        int ph = (oh + p.padTop()) / p.sH();
        return ph < p.oH() && oh >= p.rowStart(ph) && oh < p.rowEnd(ph) ? ph : -1;
    }

    /** The output column of the pooled windows that conv output column {@code ow} belongs to, or -1 for none. */
    static int pooledColumn(PoolShape p, int ow) {
        int pw = (ow + p.padLeft()) / p.sW();
        return pw < p.oW() && ow >= p.columnStart(pw) && ow < p.columnEnd(pw) ? pw : -1;
    }
}
