package org.signsnet.nn;

/**
 * The output layer of a {@link TrainingStep}: the notebook's {@code fully_connected} with
 * {@code softmax_cross_entropy_with_logits}, as DL4J's {@code OutputLayer} with softmax and
 * {@code LossMCXENT} computes it. For image {@code n} with features {@code x (nIn)} (the last
 * block's pooled output, flattened in NHWC order as DL4J's {@code CnnToFeedForwardPreProcessor}
 * does) and one label row {@code y (nOut)}:
 * <pre>
 * z = x W + b,  p = softmax(z),  loss = -sum(y * log(p)),  dz = p - y,  dx = W dz
 * </pre>
 * with {@code W [nIn, nOut]} stored column by column (DL4J's f-order) and {@code p} clipped to
 * {@code [1e-10, 1 - 1e-10]} inside the log, as DL4J clips it. Images are independent.
 */
final class SoftmaxOutput {
    /** DL4J's {@code LossMCXENT} default clipping of softmax outputs in the score. */
    static final double CLIP_EPS = 1e-10;

    private static final float CLIP = (float) CLIP_EPS;

    private final int nIn;
    private final int nOut;
    private final int weightOffset;
    private final int biasOffset;
    private final float[] weights;
    private final float[] bias;
    /** Per image: {@code dz = p - y}. */
    final float[] logitGradient;
    /** Per image: the loss. */
    final float[] losses;

    SoftmaxOutput(int nIn, int nOut, int weightOffset, int biasOffset, int maxBatch) {
        this.nIn = nIn;
        this.nOut = nOut;
        this.weightOffset = weightOffset;
        this.biasOffset = biasOffset;
        this.weights = new float[nIn * nOut];
        this.bias = new float[nOut];
        this.logitGradient = new float[maxBatch * nOut];
        this.losses = new float[maxBatch];
    }

    int classes() {
        return nOut;
    }

    /** Reads {@code W} and {@code b} from the network's flat parameters. */
    void readParameters(float[] parameters) {
        System.arraycopy(parameters, weightOffset, weights, 0, weights.length);
        System.arraycopy(parameters, biasOffset, bias, 0, nOut);
    }

    /** Image {@code n}'s probabilities {@code p} into {@code probabilities[n * nOut ..]} from its features {@code x[n * nIn ..]}. */
    void probabilities(float[] x, int n, float[] probabilities) {
        int at = n * nOut;
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < nOut; j++) {
            float z = bias[j];
            for (int i = 0; i < nIn; i++) {
                z = Math.fma(x[n * nIn + i], weights[j * nIn + i], z);
            }
            probabilities[at + j] = z;
            max = Math.max(max, z);
        }
        float sum = 0;
        for (int j = 0; j < nOut; j++) {
            float e = (float) Math.exp(probabilities[at + j] - max);
            probabilities[at + j] = e;
            sum += e;
        }
        for (int j = 0; j < nOut; j++) {
            probabilities[at + j] /= sum;
        }
    }

    /**
     * Image {@code n}'s loss ({@link #losses}) and {@code dz} ({@link #logitGradient}) for the label
     * row {@code labels[row * nOut ..]}, and {@code dx} into {@code inputGradient[n * nIn ..]}.
     */
    void forwardBackward(float[] x, int n, float[] labels, int row, float[] inputGradient) {
        probabilities(x, n, logitGradient);
        int at = n * nOut;
        float loss = 0;
        for (int j = 0; j < nOut; j++) {
            float p = logitGradient[at + j];
            float y = labels[row * nOut + j];
            if (y != 0) {
                loss -= y * (float) Math.log(Math.min(Math.max(p, CLIP), 1 - CLIP));
            }
            logitGradient[at + j] = p - y;
        }
        losses[n] = loss;
        for (int i = 0; i < nIn; i++) {
            float dx = 0;
            for (int j = 0; j < nOut; j++) {
                dx = Math.fma(weights[j * nIn + i], logitGradient[at + j], dx);
            }
            inputGradient[n * nIn + i] = dx;
        }
    }

    /** {@code dW = sum over images n of x_n dz_n} and {@code db = sum of dz_n}, in image order, into {@code gradient}. */
    void sumGradient(float[] x, int m, float[] gradient) {
        for (int j = 0; j < nOut; j++) {
            for (int i = 0; i < nIn; i++) {
                float sum = 0;
                for (int n = 0; n < m; n++) {
                    sum = Math.fma(x[n * nIn + i], logitGradient[n * nOut + j], sum);
                }
                gradient[weightOffset + j * nIn + i] = sum;
            }
            float sum = 0;
            for (int n = 0; n < m; n++) {
                sum += logitGradient[n * nOut + j];
            }
            gradient[biasOffset + j] = sum;
        }
    }
}
