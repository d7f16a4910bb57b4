package org.signsnet.nn;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The arithmetic of DL4J's stock {@code ConvolutionLayer} (im2col, then OpenBLAS {@code sgemm})
 * for float, stride-1, dilation-1 convolutions in NHWC, computed without materialising im2col, so
 * that every output has the very bits the stock layer gives:
 *
 * <ul>
 *   <li>{@link #forward}: {@code z[n, oh, ow, o] = sum over k = (c, kh, kw) of col[r, k] *
 *       w[o, k]} (then {@code + b[o]}), in fused multiply-add chains over {@code k} in that order,
 *       as {@link BlasSummationOrder} says OpenBLAS sums it;</li>
 *   <li>{@link #weightGradient}: {@code dW[o, k] = sum over r = (n, oh, ow) of col[r, k] *
 *       delta[r, o]} in the blocks and chains of {@link BlasSummationOrder}. Rows whose
 *       {@code delta} is zero add exactly nothing to a chain ({@code fma(x, 0, s) == s} for finite
 *       {@code x}), so they are skipped: after a max-pooling layer only one position per window
 *       carries a gradient, and the weight gradient costs a few percent of the dense product.</li>
 * </ul>
 *
 * Here {@code col[r, k]} is the stock layer's im2col row for output position {@code r}: the
 * zero-padded input {@code x[n, oh + kh - padTop, ow + kw - padLeft, c]}. The forward pass keeps
 * each image's input as zero-padded planes and, per tile of output rows, adds one kernel tap at a
 * time to all outputs of the tile: every tap is a contiguous loop the JIT vectorises.
 */
final class StockOrderConv2d {
    /** Floats of accumulators one forward tile may use, to stay in the L1 cache. */
    private static final int TILE_FLOATS = 6 * 1024;
    /** Per thread, the work arrays of the last few layer sizes (one network's layers take turns). */
    private static final ThreadLocal<java.util.Map<Dims, Scratch>> SCRATCH = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Dims, Scratch> eldest) {
                    return size() > 8;
                }
            });

    private StockOrderConv2d() {
    }

    /**
     * Sizes of one convolution.
     *
     * @param m       images
     * @param h       input height
     * @param w       input width
     * @param c       input channels
     * @param o       output channels
     * @param kH      kernel height
     * @param kW      kernel width
     * @param oH      output height
     * @param oW      output width
     * @param padTop  zero rows above the input
     * @param padLeft zero columns left of the input
     */
    record Dims(int m, int h, int w, int c, int o, int kH, int kW, int oH, int oW, int padTop, int padLeft) {
        Dims {
            if (m < 1 || h < 1 || w < 1 || c < 1 || o < 1 || kH < 1 || kW < 1 || oH < 1 || oW < 1
                    || padTop < 0 || padLeft < 0) {
                throw new IllegalArgumentException("invalid convolution sizes " + this);
            }
        }

        int taps() {
            return c * kH * kW;
        }

        /** Height of the zero-padded input planes: every row a tap reads, and the input. */
        int paddedHeight() {
            return Math.max(oH + kH - 1, padTop + h);
        }

        int paddedWidth() {
            return Math.max(oW + kW - 1, padLeft + w);
        }

        /** One plane per channel, with one spare row: a tile's last tap reads past its last row. */
        int planeLength() {
            return (paddedHeight() + 1) * paddedWidth();
        }

        int inputImage() {
            return h * w * c;
        }

        int outputImage() {
            return oH * oW * o;
        }
    }

    /**
     * Writes the convolution of {@code x} with {@code weights} (plus {@code bias}) into {@code z}.
     *
     * @param x       input {@code (m, h, w, c)}, c-order from element {@code xOffset}
     * @param weights {@code [o, c, kH, kW]} row-major (DL4J's {@code "W"})
     * @param bias    {@code [o]} or {@code null}
     * @param z       output {@code (m, oH, oW, o)}, c-order from element {@code zOffset}
     * @param chains  interleaved chains per output ({@link BlasSummationOrder#forwardChains()})
     * @param relu    write {@code relu(z) = max(z, 0)} instead of {@code z}: DL4J's
     *                {@code RectifiedLinear} ({@code z < 0 ? 0 : z}) bit for bit, NaN included, but
     *                for the sign of a zero, which the chains never produce
     * @param copy    where not {@code null} (at least {@code m * outputImage} long), also receives the
     *                output, c-order {@code (m, oH, oW, o)}: for {@link #weightGradient}
     * @param threads images are split among this many threads
     */
    static void forward(FloatBuffer x, long xOffset, float[] weights, float[] bias, FloatBuffer z, long zOffset,
            Dims d, int chains, boolean relu, float[] copy, int threads) {
        checkLengths(weights, bias, d);
        if (copy != null && copy.length < d.m() * d.outputImage()) {
            throw new IllegalArgumentException("copy length " + copy.length + " does not match " + d);
        }
        ParallelImages.run(d.m(), threads, (from, to) -> {
            Scratch s = scratch(d, chains);
            FloatBuffer in = x.duplicate();
            FloatBuffer out = z.duplicate();
            for (int n = from; n < to; n++) {
                in.get(Math.toIntExact(xOffset + (long) n * d.inputImage()), s.image, 0, d.inputImage());
                s.loadPlanes(d);
                forwardImage(weights, bias, s, d, chains);
                if (relu) {
                    relu(s.output, d.outputImage());
                }
                if (copy != null) {
                    System.arraycopy(s.output, 0, copy, n * d.outputImage(), d.outputImage());
                }
                out.put(Math.toIntExact(zOffset + (long) n * d.outputImage()), s.output, 0, d.outputImage());
            }
        });
    }

    private static void forwardImage(float[] weights, float[] bias, Scratch s, Dims d, int chains) {
        int wp = d.paddedWidth();
        int plane = d.planeLength();
        int taps = d.taps();
        int tileRows = tileRows(d, chains);
        for (int row0 = 0; row0 < d.oH(); row0 += tileRows) {
            int rows = Math.min(tileRows, d.oH() - row0);
            int length = rows * wp;
            for (float[] accumulator : s.accumulators) {
                Arrays.fill(accumulator, 0, length, 0f);
            }
            for (int c = 0; c < d.c(); c++) {
                for (int kh = 0; kh < d.kH(); kh++) {
                    int rowStart = c * plane + (row0 + kh) * wp;
                    int firstTap = (c * d.kH() + kh) * d.kW();
                    if (chains == 1) {
                        // Up to four taps of a kernel row per pass over the accumulators.
                        for (int kw = 0; kw < d.kW(); kw += 4) {
                            int group = Math.min(4, d.kW() - kw);
                            for (int g = 0; g < group; g++) {
                                // The tap's inputs, aligned with the accumulators (a loop reading
                                // at an offset from the index it writes is not vectorised).
                                System.arraycopy(s.planes, rowStart + kw + g, s.shifted[g], 0, length);
                            }
                            int tap = firstTap + kw;
                            for (int o = 0; o < d.o(); o++) {
                                addTaps(s.shifted, weights, o * taps + tap, group, s.accumulators[o], length);
                            }
                        }
                    } else {
                        for (int kw = 0; kw < d.kW(); kw++) {
                            System.arraycopy(s.planes, rowStart + kw, s.shifted[0], 0, length);
                            int tap = firstTap + kw;
                            int chain = (tap % chains) * d.o();
                            for (int o = 0; o < d.o(); o++) {
                                addTaps(s.shifted, weights, o * taps + tap, 1, s.accumulators[chain + o], length);
                            }
                        }
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                int outBase = (row0 + r) * d.oW() * d.o();
                int accBase = r * wp;
                if (chains == 1 && bias == null) {
                    for (int o = 0; o < d.o(); o++) {
                        float[] acc = s.accumulators[o];
                        for (int ow = 0, j = outBase + o; ow < d.oW(); ow++, j += d.o()) {
                            s.output[j] = acc[accBase + ow];
                        }
                    }
                    continue;
                }
                for (int ow = 0; ow < d.oW(); ow++) {
                    for (int o = 0; o < d.o(); o++) {
                        float value = s.accumulators[o][accBase + ow];
                        for (int chain = 1; chain < chains; chain++) {
                            value += s.accumulators[chain * d.o() + o][accBase + ow];
                        }
                        s.output[outBase + ow * d.o() + o] = bias == null ? value : value + bias[o];
                    }
                }
            }
        }
    }

    /** {@code z = max(z, 0)} in place (a loop the JIT vectorises). */
    private static void relu(float[] z, int length) {
        for (int i = 0; i < length; i++) {
            z[i] = Math.max(z[i], 0f);
        }
    }

    /**
     * {@code acc[i] = fma(in[g-1][i], w[g-1], ... fma(in[0][i], w[0], acc[i]))}: {@code group}
     * consecutive taps (weights from {@code weights[first]}) in order, one load and store of
     * each accumulator.
     */
    private static void addTaps(float[][] in, float[] weights, int first, int group, float[] acc, int length) {
        float w0 = weights[first];
        float[] in0 = in[0];
        switch (group) {
            case 1 -> {
                for (int i = 0; i < length; i++) {
                    acc[i] = Math.fma(in0[i], w0, acc[i]);
                }
            }
            case 2 -> {
                float w1 = weights[first + 1];
                float[] in1 = in[1];
                for (int i = 0; i < length; i++) {
                    acc[i] = Math.fma(in1[i], w1, Math.fma(in0[i], w0, acc[i]));
                }
            }
            case 3 -> {
                float w1 = weights[first + 1];
                float w2 = weights[first + 2];
                float[] in1 = in[1];
                float[] in2 = in[2];
                for (int i = 0; i < length; i++) {
                    acc[i] = Math.fma(in2[i], w2, Math.fma(in1[i], w1, Math.fma(in0[i], w0, acc[i])));
                }
            }
            default -> {
                float w1 = weights[first + 1];
                float w2 = weights[first + 2];
                float w3 = weights[first + 3];
                float[] in1 = in[1];
                float[] in2 = in[2];
                float[] in3 = in[3];
                for (int i = 0; i < length; i++) {
                    acc[i] = Math.fma(in3[i], w3, Math.fma(in2[i], w2, Math.fma(in1[i], w1, Math.fma(in0[i], w0, acc[i]))));
                }
            }
        }
    }

    private static int tileRows(Dims d, int chains) {
        return Math.max(1, Math.min(d.oH(), TILE_FLOATS / (chains * d.o() * d.paddedWidth())));
    }

    /**
     * The gradient of the loss with respect to {@code weights}, summed as the stock layer's
     * {@code gemm(im2col^T, delta^T)} sums it.
     *
     * @param x        the forward pass's input {@code (m, h, w, c)}, c-order from {@code xOffset}
     * @param weights  {@code [o, c, kH, kW]} of a layer without bias: read with {@code reluOfZ} and no
     *                 {@code activations}, to recompute {@code z} where the gradient is not zero
     * @param gradient the raw bits of floats, c-order {@code (m, oH, oW, o)} from {@code gradientOffset}: with
     *                 {@code reluOfZ} the gradient with respect to the layer's ReLU output,
     *                 {@code delta = z > 0 ? gradient : 0}; else {@code delta} itself
     * @param activations with {@code reluOfZ}: {@code relu(z)} as {@link #forward} copied it
     *                 ({@code relu(z) > 0} exactly where {@code z > 0}), or {@code null} to
     *                 recompute {@code z}
     * @return {@code dW} as {@code [o, c, kH, kW]} row-major
     */
    static float[] weightGradient(FloatBuffer x, long xOffset, float[] weights, IntBuffer gradient,
            long gradientOffset, boolean reluOfZ, float[] activations, Dims d, BlasSummationOrder order, int threads) {
        checkLengths(weights, null, d);
        long rows = (long) d.m() * d.oH() * d.oW();
        long[] blockEnds = order.blockEnds(rows);
        RowRange all = new RowRange(x, xOffset, weights, gradient, gradientOffset, reluOfZ, activations, d, order,
                blockEnds);
        int size = d.o() * d.taps();
        float[] result = new float[size];
        if (threads < 2 || blockEnds.length < 4) {
            all.sum(0, blockEnds.length, (block, chains) -> addChains(chains, result, 0, size));
            return result;
        }
        // The second half of the blocks on another thread, each block's sum kept; then the first
        // half folded here, and the kept sums added after it in order: the same sequence of additions.
        int split = blockEnds.length / 2;
        float[] laterSums = new float[(blockEnds.length - split) * size];
        boolean[] used = new boolean[blockEnds.length - split];
        Future<?> later = ParallelImages.executor().submit(() -> all.sum(split, blockEnds.length, (block, chains) -> {
            used[block - split] = true;
            addChains(chains, laterSums, (block - split) * size, size);
        }));
        all.sum(0, split, (block, chains) -> addChains(chains, result, 0, size));
        ParallelImages.await(List.of(later));
        for (int b = 0; b < used.length; b++) {
            if (used[b]) {
                for (int i = 0; i < size; i++) {
                    result[i] += laterSums[b * size + i];
                }
            }
        }
        return result;
    }

    /** A finished block: its index and its chains (cleared after the call). */
    @FunctionalInterface
    private interface BlockSink {
        void accept(int block, float[][] chains);
    }

    /**
     * {@code target[offset + i] += (chains[0][i] + chains[1][i] + ...)}, the chains added in order
     * first (a zero target just takes the block's sum: {@code 0 + s} is {@code s} but for the sign
     * of a zero, which cannot change a later non-zero sum).
     */
    private static void addChains(float[][] chains, float[] target, int offset, int size) {
        for (int i = 0; i < size; i++) {
            float sum = chains[0][i];
            for (int c = 1; c < chains.length; c++) {
                sum += chains[c][i];
            }
            target[offset + i] += sum;
        }
    }

    /** The weight gradient's inputs, summed block by block over a range of blocks. */
    private record RowRange(FloatBuffer x, long xOffset, float[] weights, IntBuffer gradient,
            long gradientOffset, boolean reluOfZ, float[] activations, Dims d, BlasSummationOrder order,
            long[] blockEnds) {

        /**
         * Hands the sum of each block {@code firstBlock .. endBlock - 1} that received any row to
         * {@code blockSum}, in order (the array is reused: consume it before returning).
         */
        void sum(int firstBlock, int endBlock, BlockSink blockSum) {
            int taps = d.taps();
            int o = d.o();
            int chains = order.gradientChains();
            float[][] block = new float[chains][o * taps];
            boolean blockUsed = false;
            long fromRow = firstBlock == 0 ? 0 : blockEnds[firstBlock - 1];
            long toRow = blockEnds[endBlock - 1];
            int nextBlock = firstBlock;
            long blockStart = fromRow;
            float[] zChains = new float[order.forwardChains()];
            Scratch s = scratch(d, order.forwardChains());
            float[] col = new float[taps];
            FloatBuffer in = x.duplicate();
            IntBuffer grad = gradient.duplicate();
            int positions = d.oH() * d.oW();
            int[] bits = s.gradientBits;
            int firstImage = (int) (fromRow / positions);
            int endImage = (int) ((toRow + positions - 1) / positions);
            for (int n = firstImage; n < endImage; n++) {
                in.get(Math.toIntExact(xOffset + (long) n * d.inputImage()), s.image, 0, d.inputImage());
                grad.get(Math.toIntExact(gradientOffset + (long) n * d.outputImage()), bits, 0, d.outputImage());
                long imageRow = (long) n * positions;
                int from = (int) Math.max(0, fromRow - imageRow) * o;
                int to = (int) Math.min(positions, toRow - imageRow) * o;
                int colPosition = -1;
                for (int i = from; i < to; i++) {
                    if ((i & (SCAN_CHUNK - 1)) == 0 && i + SCAN_CHUNK <= to && allZero(bits, i)) {
                        i += SCAN_CHUNK - 1;
                        continue;
                    }
                    float g = Float.intBitsToFloat(bits[i]);
                    if (g == 0f) {
                        continue;
                    }
                    int position = i / o;
                    int ch = i - position * o;
                    long row = imageRow + position;
                    while (row >= blockEnds[nextBlock]) {
                        if (blockUsed) {
                            blockSum.accept(nextBlock, block);
                            clear(block);
                            blockUsed = false;
                        }
                        blockStart = blockEnds[nextBlock++];
                    }
                    if (reluOfZ && activations != null && !(activations[n * d.outputImage() + i] > 0f)) {
                        continue;
                    }
                    int oh = position / d.oW();
                    int ow = position - oh * d.oW();
                    if (position != colPosition) {
                        s.im2colRow(oh, ow, col, d);
                        colPosition = position;
                    }
                    if (reluOfZ && activations == null
                            && !(z(col, weights, ch * taps, taps, zChains) > 0f)) {
                        continue;
                    }
                    addScaled(col, g, block[(int) ((row - blockStart) % chains)], ch * taps, taps);
                    blockUsed = true;
                }
            }
            if (blockUsed) {
                blockSum.accept(nextBlock, block);
                clear(block);
            }
        }
    }

    private static void clear(float[][] block) {
        for (float[] chain : block) {
            Arrays.fill(chain, 0f);
        }
    }

    /**
     * {@code delta = dL/dZ} transposed to {@code [o, m * oH * oW]} (row-major): with ReLU,
     * {@code relu(z) > 0 ? gradient : 0} as libnd4j's {@code relu_bp} gives it, else the gradient.
     *
     * @param gradient    {@code (m, oH, oW, o)}, c-order from {@code gradientOffset}
     * @param activations {@code relu(z)} as {@link #forward} copied it, or {@code null} (identity)
     */
    static float[] transposedDelta(FloatBuffer gradient, long gradientOffset, float[] activations, Dims d) {
        int rows = d.m() * d.oH() * d.oW();
        int o = d.o();
        float[] g = new float[rows * o];
        gradient.duplicate().get(Math.toIntExact(gradientOffset), g, 0, g.length);
        float[] delta = new float[g.length];
        for (int r = 0; r < rows; r++) {
            for (int ch = 0; ch < o; ch++) {
                int i = r * o + ch;
                delta[ch * rows + r] = activations == null || activations[i] > 0f ? g[i] : 0f;
            }
        }
        return delta;
    }

    /** Gradient elements tested together for being all {@code +0}: most of them are. */
    private static final int SCAN_CHUNK = 32;

    /** Whether {@code bits[from .. from + SCAN_CHUNK)} are all zero (an OR the JIT vectorises). */
    private static boolean allZero(int[] bits, int from) {
        int any = 0;
        for (int i = from; i < from + SCAN_CHUNK; i++) {
            any |= bits[i];
        }
        return any == 0;
    }

    /** {@code z} at one position of a layer without bias, exactly as {@link #forward} computes it (one or two chains). */
    private static float z(float[] col, float[] weights, int offset, int taps, float[] chains) {
        float sum;
        if (chains.length == 1) {
            sum = 0f;
            for (int k = 0; k < taps; k++) {
                sum = Math.fma(col[k], weights[offset + k], sum);
            }
        } else {
            float even = 0f;
            float odd = 0f;
            int k = 0;
            for (; k + 1 < taps; k += 2) {
                even = Math.fma(col[k], weights[offset + k], even);
                odd = Math.fma(col[k + 1], weights[offset + k + 1], odd);
            }
            if (k < taps) {
                even = Math.fma(col[k], weights[offset + k], even);
            }
            sum = even + odd;
        }
        return sum;
    }

    private static void addScaled(float[] col, float g, float[] block, int offset, int taps) {
        for (int k = 0; k < taps; k++) {
            block[offset + k] = Math.fma(col[k], g, block[offset + k]);
        }
    }

    private static void checkLengths(float[] weights, float[] bias, Dims d) {
        if (weights.length != d.o() * d.taps() || (bias != null && bias.length != d.o())) {
            throw new IllegalArgumentException("weights/bias do not match " + d);
        }
    }

    /** Per-thread work arrays, reallocated when the sizes change. */
    private static Scratch scratch(Dims d, int chains) {
        // The arrays depend on one image's sizes and the chains, not on the batch size.
        Dims key = new Dims(chains, d.h(), d.w(), d.c(), d.o(), d.kH(), d.kW(), d.oH(), d.oW(), d.padTop(), d.padLeft());
        return SCRATCH.get().computeIfAbsent(key, k -> new Scratch(d, chains));
    }

    private static final class Scratch {
        final float[] image;
        /** Zero-padded input planes {@code [c][paddedHeight + 1][paddedWidth]}; padding stays zero. */
        final float[] planes;
        /** Up to four shifted copies of a tile's inputs, one per kernel tap. */
        final float[][] shifted;
        /** {@code [chain * o + channel][tile]}. */
        final float[][] accumulators;
        final float[] output;
        final int[] gradientBits;

        Scratch(Dims d, int chains) {
            image = new float[d.inputImage()];
            planes = new float[d.c() * d.planeLength()];
            int tile = tileRows(d, chains) * d.paddedWidth();
            shifted = new float[4][tile];
            accumulators = new float[chains * d.o()][tile];
            output = new float[d.outputImage()];
            gradientBits = new int[d.outputImage()];
        }

        /** {@code image} (one NHWC image) into the padded planes. */
        void loadPlanes(Dims d) {
            int wp = d.paddedWidth();
            int plane = d.planeLength();
            int c = d.c();
            for (int y = 0; y < d.h(); y++) {
                int rowBase = (y + d.padTop()) * wp + d.padLeft();
                int src = y * d.w() * c;
                for (int x = 0; x < d.w(); x++) {
                    for (int ch = 0; ch < c; ch++) {
                        planes[ch * plane + rowBase + x] = image[src++];
                    }
                }
            }
        }

        /** The stock layer's im2col row for output {@code (oh, ow)} of {@code image} (NHWC). */
        void im2colRow(int oh, int ow, float[] col, Dims d) {
            int k = 0;
            for (int ch = 0; ch < d.c(); ch++) {
                for (int kh = 0; kh < d.kH(); kh++) {
                    int y = oh + kh - d.padTop();
                    boolean rowInside = y >= 0 && y < d.h();
                    for (int kw = 0; kw < d.kW(); kw++) {
                        int x = ow + kw - d.padLeft();
                        col[k++] = rowInside && x >= 0 && x < d.w() ? image[(y * d.w() + x) * d.c() + ch] : 0f;
                    }
                }
            }
        }
    }
}
