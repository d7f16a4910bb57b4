package org.signsnet.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The Vector API kernels perform the plain-Java kernels' operations in the same order, so they
 * give the same bits: forward (with and without ReLU and bias), forward with fused pooling, the
 * sparse gradient, weight, bias and input gradients, and max pooling, on the notebook's layers and
 * on odd geometries whose channel counts leave a remainder to the plain-Java code. This is what
 * makes a run the same with the Vector API (the launcher) and without (an IDE).
 */
class KernelAgreementTest {
    private static final Geometry[] GEOMETRIES = Geometry.ALL;

    @ParameterizedTest
    @FieldSource("GEOMETRIES")
    void forwardPassesAreTheSameBits(Geometry g) {
        Conv2dShape s = g.convShape();
        Random random = new Random(g.name().hashCode());
        FlatArray x = randomFloats(random, s.m() * s.paddedImage(), 0);
        FlatArray w = randomFloats(random, s.weights(), 0);
        FlatArray b = randomFloats(random, s.o(), 0);
        for (boolean relu : new boolean[] {true, false}) {
            for (FlatArray bias : new FlatArray[] {null, b}) {
                FlatArray scalar = FlatArray.floats(s.m() * s.outputImage());
                FlatArray vector = FlatArray.floats(s.m() * s.outputImage());
                ScalarConv2d.INSTANCE.forward(s, x, w, bias, relu, scalar, 0, s.m());
                VectorConv2d.INSTANCE.forward(s, x, w, bias, relu, vector, 0, s.m());
                assertSameBits(vector, scalar, "forward relu=" + relu + " bias=" + (bias != null));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("GEOMETRIES")
    void fusedPoolingIsTheSameBitsAsConvolutionThenPooling(Geometry g) {
        Conv2dShape s = g.convShape();
        PoolShape p = g.poolShape();
        Random random = new Random(g.name().hashCode() + 1);
        ConvThenPool run = ConvThenPool.of(s, p, random);
        FlatArray x = run.x();
        FlatArray w = run.w();
        FlatArray z = run.z();
        FlatArray pooled = run.pooled();
        int[] argmax = run.argmax();
        FlatArray vectorPooled = FlatArray.floats(pooled.length());
        int[] vectorArgmax = new int[pooled.length()];
        VectorMaxPool2d.INSTANCE.forward(p, z, vectorPooled, vectorArgmax, 0, s.m());
        assertSameBits(vectorPooled, pooled, "vector max pooling");
        assertThat(vectorArgmax).as("vector max pooling winners").containsExactly(argmax);
        if (!FusedPooling.supports(p)) {
            return;
        }
        for (Conv2dKernel kernel : new Conv2dKernel[] {ScalarConv2d.INSTANCE, VectorConv2d.INSTANCE}) {
            FlatArray fused = FlatArray.floats(pooled.length());
            int[] fusedArgmax = new int[pooled.length()];
            kernel.forwardPooled(s, p, x, w, null, true, fused, fusedArgmax, 0, s.m());
            assertSameBits(fused, pooled, kernel.getClass().getSimpleName() + " fused pooling");
            assertThat(fusedArgmax).as("fused winners").containsExactly(argmax);
        }
    }

    @ParameterizedTest
    @FieldSource("GEOMETRIES")
    void pooledGradientIsTheDenseGradientWithoutItsZeroPixels(Geometry g) {
        Conv2dShape s = g.convShape();
        PoolShape p = g.poolShape();
        if (!FusedPooling.supports(p)) {
            return;
        }
        Random random = new Random(g.name().hashCode() + 3);
        ConvThenPool run = ConvThenPool.of(s, p, random);
        FlatArray x = run.x();
        FlatArray z = run.z();
        FlatArray pooled = run.pooled();
        int[] argmax = run.argmax();
        FlatArray pooledGradient = randomFloats(random, pooled.length(), 0.3);
        FlatArray dense = FlatArray.floats(s.m() * s.outputImage());
        for (int j = 0; j < pooled.length(); j++) {
            dense.set(argmax[j], pooledGradient.get(j)); // the max-pool's backward pass: to each winner
        }
        SparseGradient fromDense = new SparseGradient(s, x);
        SparseGradient fromPooled = SparseGradient.reuse(null, s, x);
        for (int n = 0; n < s.m(); n++) { // one SparseGradient for every image, as each thread keeps one
            ScalarConv2d.INSTANCE.gather(s, dense, z, n, fromDense);
            fromPooled.gatherPooled(s, p, pooledGradient, pooled, argmax, n);
            assertThat(fromPooled.count).as("pixels of image " + n).isEqualTo(fromDense.count);
            assertThat(Arrays.copyOf(fromPooled.pixels, fromPooled.count))
                    .as("pixels of image " + n)
                    .containsExactly(Arrays.copyOf(fromDense.pixels, fromDense.count));
            for (int i = 0; i < fromDense.count * s.o(); i++) {
                assertThat(fromPooled.values.get(i)).as("dZ of image " + n).isEqualTo(fromDense.values.get(i));
            }
        }
        assertThat(SparseGradient.reuse(fromPooled, s, x)).isSameAs(fromPooled);
        assertThat(SparseGradient.reuse(fromPooled, s, FlatArray.doubles(1))).isNotSameAs(fromPooled);
    }

    @ParameterizedTest
    @FieldSource("GEOMETRIES")
    void backwardPassesAreTheSameBits(Geometry g) {
        Conv2dShape s = g.convShape();
        Random random = new Random(g.name().hashCode() + 2);
        FlatArray x = randomFloats(random, s.m() * s.paddedImage(), 0);
        FlatArray wt = randomFloats(random, s.weights(), 0);
        FlatArray gradient = randomFloats(random, s.m() * s.outputImage(), 0.7);
        FlatArray reluOutput = randomFloats(random, s.m() * s.outputImage(), 0.5);
        for (FlatArray relu : new FlatArray[] {reluOutput, null}) {
            FlatArray[] partials = {FlatArray.floats(s.m() * s.weights()), FlatArray.floats(s.m() * s.weights())};
            FlatArray[] biases = {FlatArray.floats(s.m() * s.o()), FlatArray.floats(s.m() * s.o())};
            FlatArray[] dx = {FlatArray.floats(s.m() * s.paddedImage()), FlatArray.floats(s.m() * s.paddedImage())};
            Conv2dKernel[] kernels = {ScalarConv2d.INSTANCE, VectorConv2d.INSTANCE};
            int[] counts = new int[2];
            for (int k = 0; k < 2; k++) {
                SparseGradient dz = new SparseGradient(s, x);
                for (int n = 0; n < s.m(); n++) {
                    kernels[k].gather(s, gradient, relu, n, dz);
                    counts[k] += dz.count;
                    kernels[k].weightGradient(s, x, dz, n, partials[k], biases[k]);
                    kernels[k].inputGradient(s, dz, n, wt, dx[k]);
                }
            }
            String what = relu == null ? " (no activation)" : " (after ReLU)";
            assertThat(counts[1])
                    .as("pixels with a gradient" + what)
                    .isEqualTo(counts[0])
                    .isPositive();
            assertSameBits(partials[1], partials[0], "weight gradient" + what);
            assertSameBits(biases[1], biases[0], "bias gradient" + what);
            assertSameBits(dx[1], dx[0], "input gradient" + what);
        }
    }

    /**
     * Random padded input {@code x} and weights {@code w}, the plain-Java convolution with ReLU
     * {@code z}, and its max-pooling {@code pooled} with the winners {@code argmax}.
     */
    private record ConvThenPool(FlatArray x, FlatArray w, FlatArray z, FlatArray pooled, int[] argmax) {
        static ConvThenPool of(Conv2dShape s, PoolShape p, Random random) {
            FlatArray x = randomFloats(random, s.m() * s.paddedImage(), 0);
            FlatArray w = randomFloats(random, s.weights(), 0);
            FlatArray z = FlatArray.floats(s.m() * s.outputImage());
            ScalarConv2d.INSTANCE.forward(s, x, w, null, true, z, 0, s.m());
            FlatArray pooled = FlatArray.floats(s.m() * p.outputImage());
            int[] argmax = new int[pooled.length()];
            MaxPool2d.INSTANCE.forward(p, z, pooled, argmax, 0, s.m());
            return new ConvThenPool(x, w, z, pooled, argmax);
        }
    }

    /** Random floats in [-1, 1), a fraction {@code zeros} of them exactly 0. */
    static FlatArray randomFloats(Random random, int length, double zeros) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble() < zeros ? 0f : random.nextFloat() * 2 - 1;
        }
        return new FlatArray.Floats(values);
    }

    static void assertSameBits(FlatArray actual, FlatArray expected, String what) {
        float[] a = ((FlatArray.Floats) actual).values();
        float[] e = ((FlatArray.Floats) expected).values();
        int first = -1;
        for (int i = 0; i < e.length && first < 0; i++) {
            if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(e[i])) {
                first = i;
            }
        }
        assertThat(first)
                .as(
                        "%s: first element that differs (%s vs %s)",
                        what, first < 0 ? "" : a[first], first < 0 ? "" : e[first])
                .isEqualTo(-1);
    }
}
