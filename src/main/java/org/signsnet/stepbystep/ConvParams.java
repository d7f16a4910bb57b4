package org.signsnet.stepbystep;

/**
 * The notebook's {@code hparameters} dictionary for a convolution: {@code {"stride": s, "pad": p}}.
 *
 * @param stride the step of the window in both spatial directions, at least 1
 * @param pad the zeros added on each side of the height and width, at least 0
 */
public record ConvParams(int stride, int pad) {
    public ConvParams {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1, got " + stride);
        }
        if (pad < 0) {
            throw new IllegalArgumentException("pad must be at least 0, got " + pad);
        }
    }

    /** {@code n_H = int((n_H_prev + 2 * pad - f) / stride + 1)}, the output size along one axis. */
    public int outputSize(int inputSize, int f) {
        int span = inputSize + 2 * pad - f;
        if (span < 0) {
            throw new IllegalArgumentException(
                    "a " + f + "x" + f + " filter does not fit an input of size " + inputSize + " padded by " + pad);
        }
        return span / stride + 1;
    }
}
