package org.signsnet.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.StringJoiner;
import java.util.function.DoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Prints arrays and numbers the way the notebooks' outputs show them: Python 3 with a pre-1.14 numpy
 * (numpy's {@code legacy='1.13'} mode) and its default print options, precision 8, line width 75,
 * {@code suppress=False}. As in numpy, the type decides: a Java {@code double} or a DOUBLE array is
 * {@code np.float64}, a {@code float} or a FLOAT array {@code np.float32}, a {@code boolean} or a
 * BOOL array {@code np.bool_}.
 * <ul>
 *   <li>{@code str(...)} of an array ({@link #str(INDArray)} and the Java-array forms): one common
 *       {@code %#W.Pf} format for all elements with a blank for the sign
 *       ({@code [ 1.62434536 -0.61175641]}), trailing zeros blanked ({@code -6.7439236 }),
 *       scientific notation when the magnitudes span more than 1000 or go below 1e-4
 *       ({@link FloatColumn}), lines wrapped before column 75, nested brackets with
 *       {@code rank - 1} newlines between blocks; booleans as {@code  True}/{@code False};</li>
 *   <li>{@link #str(double)}: {@code str(np.float64)}, 12 significant digits ({@code %.12g}), as
 *       {@code print(np.mean(Z))} shows {@code 0.0489952035289};</li>
 *   <li>{@link #str(float)}: {@code str(np.float32)}, 6 significant digits ({@code %.6g}), hence the
 *       application notebook's {@code cost = 2.91034};</li>
 *   <li>{@link #repr(double)}: Python's {@code repr(float)}, the shortest string that round-trips
 *       ({@code -6.999089450680221});</li>
 *   <li>{@link #shape(long...)}: a Python tuple, {@code (4, 3, 3, 2)}.</li>
 * </ul>
 * Numbers are rounded correctly from their exact binary value, as glibc's {@code printf} does.
 * Arrays of more than 1000 elements are printed in full (numpy would summarise them with {@code ...}).
 */
public final class NumpyFormat {
    private static final int LINE_WIDTH = 75;
    private static final int FLOAT64_DIGITS = 12;
    private static final int FLOAT32_DIGITS = 6;
    private static final int REPR_POSITIONAL_BELOW = 16;

    private NumpyFormat() {}

    /** {@code str(a)} for an ND4J array of any rank: FLOAT as float32, BOOL as booleans, others as float64. */
    public static String str(INDArray a) {
        return switch (a.dataType()) {
            case BOOL -> format(a.castTo(DataType.DOUBLE).dup('c').data().asDouble(), a.shape(), NumpyFormat::bool);
            case FLOAT -> str(a.dup('c').data().asFloat(), a.shape());
            default -> str(a.castTo(DataType.DOUBLE).dup('c').data().asDouble(), a.shape());
        };
    }

    /** {@code str(a)} for row-major float64 {@code values} of the given shape. */
    public static String str(double[] values, long[] shape) {
        if (shape.length == 0) {
            return str(values[0]);
        }
        return format(values, shape, FloatColumn.of(values, false)::format);
    }

    /** {@code str(a)} for row-major float32 {@code values} of the given shape. */
    public static String str(float[] values, long[] shape) {
        if (shape.length == 0) {
            return str(values[0]);
        }
        double[] widened = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            widened[i] = values[i];
        }
        return format(widened, shape, FloatColumn.of(widened, true)::format);
    }

    /** {@code str(a)} for a 1-D float32 array. */
    public static String str(float[] vector) {
        return str(vector, new long[] {vector.length});
    }

    /** {@code str(a)} for a 2-D float32 array given as rows of equal length. */
    public static String str(float[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        float[] values = new float[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != columns) {
                throw new IllegalArgumentException(
                        "ragged rows: row " + i + " has " + rows[i].length + " values, not " + columns);
            }
            System.arraycopy(rows[i], 0, values, i * columns, columns);
        }
        return str(values, new long[] {rows.length, columns});
    }

    /** {@code str(a)} for a boolean array. */
    public static String str(boolean[] values, long[] shape) {
        double[] asDoubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            asDoubles[i] = values[i] ? 1 : 0;
        }
        return format(asDoubles, shape, NumpyFormat::bool);
    }

    /**
     * {@code str(np.float64(x))} in numpy before 1.14: {@code '%.12g'}, with {@code .0} appended
     * when that looks like an integer ({@code 1.0}, {@code 100.0}).
     */
    public static String str(double x) {
        return withPointZero(formatG(x, FLOAT64_DIGITS));
    }

    /**
     * {@code str(np.float32(x))} in numpy before 1.14: {@code '%.6g'} of the float32 value, with
     * {@code .0} appended when that looks like an integer.
     */
    public static String str(float x) {
        return withPointZero(formatG(x, FLOAT32_DIGITS));
    }

    /** Python's {@code repr(x)} for a float: the shortest decimal that reads back as {@code x}. */
    public static String repr(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return withPointZero(formatG(x, 1));
        }
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; ; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == x) {
                return decimal(candidate, REPR_POSITIONAL_BELOW, true);
            }
        }
    }

    /** A Python tuple of ints: {@code (4, 3, 3, 2)}, {@code (5,)}, {@code ()}. */
    public static String shape(long... dims) {
        if (dims.length == 1) {
            return "(" + dims[0] + ",)";
        }
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (long d : dims) {
            joiner.add(Long.toString(d));
        }
        return joiner.toString();
    }

    /** C's {@code %.<digits>g}: round to significant digits, strip zeros, scientific outside [1e-4, 1e<digits>). */
    static String formatG(double x, int digits) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        return decimal(new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN)), digits, false);
    }

    /**
     * A non-zero decimal without trailing zeros: positional when its decimal exponent is in
     * [-4, {@code positionalBelow}), else {@code d.ddde±XX}; an integral positional value keeps a
     * {@code .0} when {@code keepPointZero}.
     */
    private static String decimal(BigDecimal value, int positionalBelow, boolean keepPointZero) {
        String digits = value.unscaledValue().abs().toString().replaceAll("0+$", "");
        int exponent = value.precision() - value.scale() - 1;
        String sign = value.signum() < 0 ? "-" : "";
        if (exponent < -4 || exponent >= positionalBelow) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exponentDigits = String.valueOf(Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exponentDigits.length() < 2 ? "0" : "")
                    + exponentDigits;
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return sign + digits + "0".repeat(exponent + 1 - digits.length()) + (keepPointZero ? ".0" : "");
        }
        return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    /** numpy's scalar {@code str}: {@code .0} after a number that prints as bare digits. */
    private static String withPointZero(String g) {
        return g.matches("-?\\d+") ? g + ".0" : g;
    }

    private static String bool(double value) {
        return value != 0 ? " True" : "False";
    }

    private static String format(double[] values, long[] shape, DoubleFunction<String> element) {
        if (shape.length == 0) {
            return element.apply(values[0]);
        }
        for (long d : shape) {
            if (d == 0) {
                return "[]";
            }
        }
        String s = formatArray(values, 0, shape, 0, element, " ");
        return s.substring(0, s.length() - 1);
    }

    /** numpy 1.13's {@code _formatArray}: the block starting at {@code offset} of dimensions {@code shape[axis:]}. */
    private static String formatArray(
            double[] values,
            int offset,
            long[] shape,
            int axis,
            DoubleFunction<String> element,
            String nextLinePrefix) {
        int rank = shape.length - axis;
        int n = (int) shape[axis];
        if (rank == 1) {
            StringBuilder s = new StringBuilder();
            StringBuilder line = new StringBuilder(nextLinePrefix);
            for (int i = 0; i < n; i++) {
                String word = element.apply(values[offset + i]) + (i < n - 1 ? " " : "");
                if (stripTrailing(line).length() + word.stripTrailing().length() >= LINE_WIDTH) {
                    s.append(stripTrailing(line)).append('\n');
                    line = new StringBuilder(nextLinePrefix);
                }
                line.append(word);
            }
            s.append(line).append("]\n");
            return "[" + s.substring(nextLinePrefix.length());
        }
        int blockSize = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            blockSize *= (int) shape[d];
        }
        StringBuilder s = new StringBuilder("[");
        String newlines = "\n".repeat(Math.max(rank - 1, 1));
        for (int i = 0; i < n - 1; i++) {
            if (i > 0) {
                s.append(nextLinePrefix);
            }
            s.append(formatArray(values, offset + i * blockSize, shape, axis + 1, element, " " + nextLinePrefix));
            s = new StringBuilder(stripTrailing(s)).append(newlines);
        }
        if (n > 1) {
            s.append(nextLinePrefix);
        }
        s.append(stripTrailing(formatArray(
                        values, offset + (n - 1) * blockSize, shape, axis + 1, element, " " + nextLinePrefix)))
                .append("]\n");
        return s.toString();
    }

    private static String stripTrailing(CharSequence s) {
        return s.toString().stripTrailing();
    }
}
