package org.signsnet.nn;

/**
 * Max pooling of a batch of NHWC images over images {@code [from, to)}, as libnd4j's
 * {@code maxpool2d} computes it: each window's maximum is the first of its largest values in
 * (row, column) order, starting from the element type's lowest finite value (so NaN never wins, and
 * a window of NaN or -infinity only gives that lowest value with its first element as the winner).
 * {@link MaxPool2d} defines it in plain Java; {@link VectorMaxPool2d} does the same eight channels at a
 * time.
 */
interface MaxPoolKernel {

    /**
     * The notebook's {@code pool_forward} in {@code "max"} mode: {@code output (m, oH, oW, c)} from
     * {@code input (m, h, w, c)}; when {@code argmax} is not null, the flat input index of each
     * output element's winner goes there (index = output element's flat index).
     */
    void forward(PoolShape s, FlatArray input, FlatArray output, int[] argmax, int from, int to);
}
