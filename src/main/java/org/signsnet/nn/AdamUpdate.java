package org.signsnet.nn;

/**
 * Adam's update of one block of parameters that share an {@code Adam} configuration, as DL4J's
 * {@code AdamUpdater} (libnd4j's {@code adamUpdater}) computes it, in float: with {@code t} the
 * iteration count from 0 and {@code g} the gradient already divided by the minibatch size,
 * <pre>
 * m = beta1 m + (1 - beta1) g,   v = beta2 v + (1 - beta2) g^2
 * alpha = lr sqrt(1 - beta2^(t+1)) / (1 - beta1^(t+1))
 * parameters -= alpha m / (sqrt(v) + epsilon)
 * </pre>
 * DL4J keeps the block's state as {@code [m, v]}, each as long as the block.
 *
 * @param parameterStart where the block starts in the network's flat parameters (and gradient)
 * @param length         the block's number of parameters
 * @param stateStart     where its {@code m} starts in the updater's flat state ({@code v} follows)
 */
record AdamUpdate(int parameterStart, int length, int stateStart, double beta1, double beta2, double epsilon) {

    /** One step with learning rate {@code lr} at iteration {@code t}. */
    void apply(float[] parameters, float[] gradient, float[] state, double lr, int t) {
        double alpha = lr * Math.sqrt(1 - Math.pow(beta2, t + 1)) / (1 - Math.pow(beta1, t + 1));
        float a = (float) alpha;
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float eps = (float) epsilon;
        int v0 = stateStart + length;
        for (int i = 0; i < length; i++) {
            float g = gradient[parameterStart + i];
            float m = b1 * state[stateStart + i] + g * (1 - b1);
            float v = b2 * state[v0 + i] + g * g * (1 - b2);
            state[stateStart + i] = m;
            state[v0 + i] = v;
            parameters[parameterStart + i] -= m * a / ((float) Math.sqrt(v) + eps);
        }
    }
}
