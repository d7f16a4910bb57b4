package org.signsnet.stepbystep;

/**
 * The notebook's {@code hparameters} dictionary for pooling: {@code {"f": f, "stride": s}} (no
 * padding).
 *
 * @param f the height and width of the pooling window, at least 1
 * @param stride the step of the window, at least 1
 */
public record PoolParams(int f, int stride) {
    public PoolParams {
        if (f < 1) {
            throw new IllegalArgumentException("f must be at least 1, got " + f);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1, got " + stride);
        }
    }

    /** {@code n_H = int(1 + (n_H_prev - f) / stride)}, the output size along one axis. */
    public int outputSize(int inputSize) {
        if (inputSize < f) {
            throw new IllegalArgumentException(
                    "a " + f + "x" + f + " window does not fit an input of size " + inputSize);
        }
        return (inputSize - f) / stride + 1;
    }
}
