package org.signsnet.nn;

import java.util.Optional;
import java.util.function.LongConsumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order in which the BLAS behind ND4J ({@code cblas_sgemm} of OpenBLAS) sums the two float
 * matrix products of DL4J's stock convolution layer, for one layer's sizes ({@code taps =
 * inChannels * kH * kW}, {@code outputs} channels):
 *
 * <ul>
 *   <li>the forward product {@code im2col [rows, taps] x W [taps, outputs]}: each output is summed
 *       over its taps by {@code forwardChains} interleaved fused multiply-add chains (tap {@code t}
 *       goes to chain {@code t % forwardChains}), each starting from {@code +0}, added together in
 *       order at the end;</li>
 *   <li>the weight gradient {@code im2col^T [taps, rows] x delta [rows, outputs]}: over the rows in
 *       consecutive blocks ({@code GEMM_Q = blockLength} long; when between one and two blocks
 *       remain they are split in two), each block summed by {@code gradientChains} interleaved
 *       chains, the block sums added to the result one after the other.</li>
 * </ul>
 *
 * <p>Knowing the order lets {@link StockOrderConv2d} compute the very bits DL4J's stock
 * convolution layer gets from its im2col + gemm, without the im2col. The order depends on the
 * OpenBLAS kernel picked for the CPU, on its thread count and on the matrix sizes, so it is
 * measured ({@link #forLayer}): candidate orders are compared bit for bit with the products DL4J's
 * layer calls, at its sizes; none matching means the layer runs DL4J's stock implementation.
 * Verified for products of at least {@value #MIN_PRODUCT} multiply-adds over a multiple of 64
 * rows ({@link #covers}): OpenBLAS runs smaller products on one thread, in other orders.
 *
 * @param forwardChains  interleaved chains of the forward product (1 or 2)
 * @param blockLength    {@code GEMM_Q}: rows of the weight gradient summed in one block
 * @param halving        how a remainder between one and two blocks long is split in two
 * @param gradientChains interleaved chains within a block of the weight gradient (1 or 2)
 */
public record BlasSummationOrder(int forwardChains, int blockLength, Halving halving, int gradientChains) {
    private static final Logger LOG = LoggerFactory.getLogger(BlasSummationOrder.class);
    private static final int[] CANDIDATE_BLOCKS = {64, 96, 128, 160, 192, 224, 240, 256, 288, 320, 352, 384,
        416, 448, 480, 512, 576, 640, 768, 1024};
    private static final int[] CHAINS = {1, 2};
    /** Row counts the weight-gradient order is checked on: multiples of 64, one halved remainder. */
    private static final int[] CHECKED_ROWS = {4992, 6464};
    /** The smallest {@code rows * taps * outputs} the orders are checked and used for. */
    public static final long MIN_PRODUCT = 1L << 20;
    /** By {@code taps << 32 | outputs}. */
    private static final java.util.Map<Long, Optional<BlasSummationOrder>> DETECTED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** How OpenBLAS's level-3 drivers split a last stretch of {@code q < rest < 2q}. */
    public enum Halving {
        /** {@code level3.c}: half, rounded up to a multiple of the kernel's unroll. */
        ROUND_UP_16(16), ROUND_UP_8(8), ROUND_UP_4(4), ROUND_UP_2(2), ROUND_UP_1(1),
        /** {@code level3_thread.c}: {@code (rest + 1) / 2}. */
        CEILING(0);

        private final int unroll;

        Halving(int unroll) {
            this.unroll = unroll;
        }

        long firstHalf(long rest) {
            long half = unroll == 0 ? (rest + 1) / 2 : ((rest / 2 + unroll - 1) / unroll) * unroll;
            return Math.min(half, rest);
        }
    }

    public BlasSummationOrder {
        if (blockLength < 1 || forwardChains < 1 || gradientChains < 1) {
            throw new IllegalArgumentException("block length and chains must be positive");
        }
    }

    /**
     * Whether the order holds for a layer's products over {@code rows} im2col rows: a multiple of
     * 64 rows, at least {@link #MIN_PRODUCT} multiply-adds.
     */
    public static boolean covers(long rows, long taps, long outputs) {
        return rows % 64 == 0 && rows * taps * outputs >= MIN_PRODUCT;
    }

    /** The block ends of rows {@code 0..rows-1}, exclusive, in order. */
    public long[] blockEnds(long rows) {
        var ends = new java.util.ArrayList<Long>();
        long start = 0;
        while (start < rows) {
            long length = rows - start;
            if (length >= 2L * blockLength) {
                length = blockLength;
            } else if (length > blockLength) {
                length = halving.firstHalf(length);
            }
            start += length;
            ends.add(start);
        }
        return ends.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The order of this machine's float gemm for a layer with {@code taps} inputs per output and
     * {@code outputs} channels, measured once per JVM and size (after ND4J's thread counts are
     * set), or empty where no candidate reproduces it.
     */
    public static Optional<BlasSummationOrder> forLayer(int taps, int outputs) {
        return DETECTED.computeIfAbsent((long) taps << 32 | outputs, key -> {
            Optional<BlasSummationOrder> found = measure(taps, outputs);
            if (found.isPresent()) {
                LOG.debug("float gemm summation order for {} taps x {} channels: {}", taps, outputs, found.get());
            } else {
                LOG.info("float gemm summation order for {} taps x {} channels not recognised; "
                        + "that convolution runs DL4J's stock implementation (same numbers, slower)", taps, outputs);
            }
            return found;
        });
    }

    private static Optional<BlasSummationOrder> measure(int taps, int outputs) {
        try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            int forwardChains = 0;
            int smallest = (int) Math.min(1 << 16, 64 * ((MIN_PRODUCT / ((long) taps * outputs) + 63) / 64));
            for (int chains : CHAINS) {
                if (forwardMatches(smallest, taps, outputs, chains) && forwardMatches(Math.max(8192, smallest), taps, outputs, chains)) {
                    forwardChains = chains;
                    break;
                }
            }
            if (forwardChains == 0) {
                return Optional.empty();
            }
            float[][][] cases = new float[CHECKED_ROWS.length][][];
            for (int i = 0; i < CHECKED_ROWS.length; i++) {
                int rows = Math.max(CHECKED_ROWS[i], 64 * (int) ((MIN_PRODUCT / ((long) taps * outputs) + 63) / 64) + 64 * i);
                cases[i] = gradientCase(rows, taps, outputs, 17 + i);
            }
            for (int q : CANDIDATE_BLOCKS) {
                for (Halving halving : Halving.values()) {
                    for (int chains : CHAINS) {
                        BlasSummationOrder order = new BlasSummationOrder(forwardChains, q, halving, chains);
                        boolean all = true;
                        for (float[][] c : cases) {
                            all = all && order.reproducesGradient(c[0], c[1], c[2], taps, outputs);
                        }
                        if (all) {
                            return Optional.of(order);
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("could not measure the gemm summation order", e);
            return Optional.empty();
        }
    }

    /**
     * Whether {@code [rows, taps] (c) x [taps, outputs] (f) -> [rows, outputs] (f)} through
     * {@code mmuli}, as DL4J's layer calls it, sums each output in {@code chains} interleaved chains.
     */
    private static boolean forwardMatches(int rows, int taps, int outputs, int chains) {
        java.util.Random random = new java.util.Random(5);
        float[] a = randomFloats(random, rows * taps);
        float[] w = randomFloats(random, taps * outputs);
        INDArray z = Nd4j.create(DataType.FLOAT, new long[] {rows, outputs}, 'f');
        Nd4j.createFromArray(a).reshape('c', new long[] {rows, taps})
                .mmuli(Nd4j.createFromArray(w).reshape('c', new long[] {taps, outputs}).dup('f'), z);
        float[] expected = z.dup('c').data().asFloat();
        float[] sums = new float[chains];
        for (int r = 0; r < rows; r++) {
            for (int o = 0; o < outputs; o++) {
                java.util.Arrays.fill(sums, 0f);
                for (int t = 0; t < taps; t++) {
                    sums[t % chains] = Math.fma(a[r * taps + t], w[t * outputs + o], sums[t % chains]);
                }
                if (Float.floatToRawIntBits(combine(sums)) != Float.floatToRawIntBits(expected[r * outputs + o])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The chains' sum, added in chain order. */
    static float combine(float[] chains) {
        float sum = chains[0];
        for (int i = 1; i < chains.length; i++) {
            sum += chains[i];
        }
        return sum;
    }

    /**
     * {@code {a [rows x taps] row-major, b [outputs x rows] row-major, result [taps x outputs]
     * row-major}} of {@code Nd4j.gemm(a, b, c, true, true)} into DL4J's weight-gradient view.
     */
    private static float[][] gradientCase(int rows, int taps, int outputs, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] a = randomFloats(random, rows * taps);
        float[] b = randomFloats(random, outputs * rows);
        INDArray aArr = Nd4j.createFromArray(a).reshape('c', new long[] {rows, taps});
        INDArray bArr = Nd4j.createFromArray(b).reshape('c', new long[] {outputs, rows});
        // DL4J's weight-gradient target: an [outputs, taps] c-order buffer seen as [taps, outputs].
        INDArray target = Nd4j.create(DataType.FLOAT, outputs, taps).transpose();
        Nd4j.gemm(aArr, bArr, target, true, true, 1.0, 0.0);
        return new float[][] {a, b, target.dup('c').data().asFloat()};
    }

    private static float[] randomFloats(java.util.Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextFloat() - 0.5f;
        }
        return values;
    }

    /** Whether summing in this order gives exactly {@code expected}; stops at the first mismatch. */
    private boolean reproducesGradient(float[] a, float[] b, float[] expected, int taps, int outputs) {
        int rows = b.length / outputs;
        long[] ends = blockEnds(rows);
        float[] chains = new float[gradientChains];
        for (int t = 0; t < taps; t++) {
            for (int o = 0; o < outputs; o++) {
                float sum = 0f;
                int start = 0;
                for (long end : ends) {
                    java.util.Arrays.fill(chains, 0f);
                    for (int i = start; i < end; i++) {
                        int c = (i - start) % gradientChains;
                        chains[c] = Math.fma(a[i * taps + t], b[o * rows + i], chains[c]);
                    }
                    sum += combine(chains);
                    start = (int) end;
                }
                if (Float.floatToRawIntBits(sum) != Float.floatToRawIntBits(expected[t * outputs + o])) {
                    return false;
                }
            }
        }
        return true;
    }
}
