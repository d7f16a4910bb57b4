package org.signsnet.nn;

import java.nio.FloatBuffer;

/**
 * Max pooling over non-overlapping windows ({@code kernel == stride}, the input divided exactly,
 * no padding) of NHWC float images, giving libnd4j's {@code maxpool2d} / {@code maxpool2d_bp}
 * results bit for bit: the forward pass keeps the first maximum of each window in (kh, kw) order,
 * and the backward pass gives that element {@code 0 + gradient} and every other element zero.
 * Windows holding NaN are reported, for the caller to fall back to libnd4j.
 */
final class MaxPool2d {
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private MaxPool2d() {
    }

    /** Per-thread work arrays, grown as needed. */
    private static final class Scratch {
        float[] image = new float[0];
        float[] max = new float[0];
        int[] index = new int[0];

        Scratch fit(Dims d) {
            if (image.length < d.inputImage()) {
                image = new float[d.inputImage()];
            }
            if (max.length < d.outputImage()) {
                max = new float[d.outputImage()];
                index = new int[d.outputImage()];
            }
            return this;
        }
    }

    /**
     * Sizes of one pooling.
     *
     * @param m  images
     * @param h  input height, a multiple of {@code kH}
     * @param w  input width, a multiple of {@code kW}
     * @param c  channels
     * @param kH window (and stride) height
     * @param kW window (and stride) width
     */
    record Dims(int m, int h, int w, int c, int kH, int kW) {
        Dims {
            if (m < 1 || c < 1 || kH < 1 || kW < 1 || h < kH || w < kW || h % kH != 0 || w % kW != 0) {
                throw new IllegalArgumentException("unsupported pooling sizes " + this);
            }
        }

        int oH() {
            return h / kH;
        }

        int oW() {
            return w / kW;
        }

        int inputImage() {
            return h * w * c;
        }

        int outputImage() {
            return oH() * oW() * c;
        }
    }

    /**
     * Writes each window's maximum to {@code out} and, where {@code argmax} is not {@code null},
     * the index of that element in {@code x} (relative to {@code xOffset}).
     *
     * @return {@code false} if a window held NaN (then the outputs are not to be used)
     */
    static boolean forward(FloatBuffer x, long xOffset, FloatBuffer out, long outOffset, int[] argmax, Dims d,
            int threads) {
        boolean[] nan = new boolean[1];
        ParallelImages.run(d.m(), threads, (from, to) -> {
            Scratch s = SCRATCH.get().fit(d);
            float[] image = s.image;
            float[] max = s.max;
            int[] index = s.index;
            FloatBuffer in = x.duplicate();
            FloatBuffer o = out.duplicate();
            boolean sawNan = false;
            for (int n = from; n < to; n++) {
                in.get(Math.toIntExact(xOffset + (long) n * d.inputImage()), image, 0, d.inputImage());
                sawNan |= poolImage(image, max, index, d);
                o.put(Math.toIntExact(outOffset + (long) n * d.outputImage()), max, 0, d.outputImage());
                if (argmax != null) {
                    int base = n * d.inputImage();
                    int outBase = n * d.outputImage();
                    for (int i = 0; i < d.outputImage(); i++) {
                        argmax[outBase + i] = base + index[i];
                    }
                }
            }
            if (sawNan) {
                synchronized (nan) {
                    nan[0] = true;
                }
            }
        });
        synchronized (nan) {
            return !nan[0];
        }
    }

    /** One image's window maxima and their indices; returns whether a NaN was seen. */
    private static boolean poolImage(float[] image, float[] max, int[] index, Dims d) {
        int c = d.c();
        int rowLength = d.w() * c;
        boolean nan = false;
        for (int oh = 0; oh < d.oH(); oh++) {
            int outRow = oh * d.oW() * c;
            int firstRow = oh * d.kH() * rowLength;
            for (int ow = 0; ow < d.oW(); ow++) {
                int first = firstRow + ow * d.kW() * c;
                for (int ch = 0; ch < c; ch++) {
                    max[outRow + ow * c + ch] = image[first + ch];
                    index[outRow + ow * c + ch] = first + ch;
                }
            }
            for (int kh = 0; kh < d.kH(); kh++) {
                int row = firstRow + kh * rowLength;
                for (int ow = 0; ow < d.oW(); ow++) {
                    int out = outRow + ow * c;
                    for (int kw = kh == 0 ? 1 : 0; kw < d.kW(); kw++) {
                        int at = row + (ow * d.kW() + kw) * c;
                        for (int ch = 0; ch < c; ch++) {
                            float v = image[at + ch];
                            if (v > max[out + ch]) {
                                max[out + ch] = v;
                                index[out + ch] = at + ch;
                            } else if (v != v) {
                                nan = true;
                            }
                        }
                    }
                }
            }
            for (int i = outRow; i < outRow + d.oW() * c; i++) {
                nan |= max[i] != max[i];
            }
        }
        return nan;
    }

    /**
     * {@code dL/dx}: {@code 0 + gradient[i]} at {@code argmax[i]}, into {@code out}, which must hold
     * zeros.
     */
    static void backward(FloatBuffer gradient, long gradientOffset, int[] argmax, FloatBuffer out, long outOffset,
            Dims d) {
        float[] g = new float[d.m() * d.outputImage()];
        gradient.duplicate().get(Math.toIntExact(gradientOffset), g, 0, g.length);
        FloatBuffer o = out.duplicate();
        int base = Math.toIntExact(outOffset);
        for (int i = 0; i < g.length; i++) {
            o.put(base + argmax[i], 0f + g[i]);
        }
    }
}
