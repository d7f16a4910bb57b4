package org.signsnet.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * numpy 1.13's {@code arrayprint.FloatFormat}: one fixed-width format for every element of an
 * array, chosen from the array's finite non-zero magnitudes.
 *
 * <p>Fixed notation {@code %#W.Pf} with P = the most decimals (at most 8) any element needs and
 * W = digits of the integer part of the largest magnitude + P + 2, trailing zeros turned into
 * spaces; scientific {@code %16.8e} ({@code %17.8e} with three exponent digits) when the largest
 * magnitude is at least 1e8, or the smallest is below 1e-4, or they are more than 1000 apart.
 * numpy divides the two extremes in the array's own precision, so a float32 array compares their
 * float32 quotient.
 *
 * @param exponential   scientific notation
 * @param largeExponent three exponent digits (a magnitude below 1e-99 or from 1e100)
 * @param width         the column width every element is padded to on the left
 * @param precision     the digits after the point
 */
record FloatColumn(boolean exponential, boolean largeExponent, int width, int precision) {
    /** numpy's print option {@code precision}: at most 8 digits after the point. */
    static final int PRECISION = 8;

    /** The format numpy picks for an array of {@code values}, a float32 array when {@code float32}. */
    static FloatColumn of(double[] values, boolean float32) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        int decimals = 0;
        boolean special = false;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                special = true;
            } else if (v != 0) {
                double magnitude = Math.abs(v);
                max = Math.max(max, magnitude);
                min = Math.min(min, magnitude);
                decimals = Math.max(decimals, decimalsNeeded(magnitude));
            }
        }
        double ratio = float32 ? (float) max / (float) min : max / min;
        if (max > 0 && (max >= 1e8 || min < 0.0001 || ratio > 1000.0)) {
            boolean large = min < 1e-99 || max >= 1e100;
            return new FloatColumn(true, large, 8 + PRECISION + (large ? 1 : 0), PRECISION);
        }
        int width = Long.toString((long) max).length() + decimals + 2;
        if (special) {
            width = Math.max(width, "-inf".length());
        }
        return new FloatColumn(false, false, width, decimals);
    }

    /** One element, padded on the left to the column width. */
    String format(double x) {
        if (Double.isNaN(x)) {
            return pad("nan");
        }
        if (Double.isInfinite(x)) {
            return pad(x > 0 ? "inf" : "-inf");
        }
        if (exponential) {
            return pad(formatExponential(x));
        }
        String s = pad(sign(x)
                + new BigDecimal(x)
                        .abs()
                        .setScale(precision, RoundingMode.HALF_EVEN)
                        .toPlainString()
                + (precision == 0 ? "." : ""));
        String stripped = s.replaceAll("0+$", "");
        return stripped + " ".repeat(s.length() - stripped.length());
    }

    /** C's {@code %.<precision>e}, with three exponent digits for a large-exponent column. */
    private String formatExponential(double x) {
        BigDecimal rounded = new BigDecimal(x).abs().round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        int exponent = x == 0 ? 0 : rounded.precision() - rounded.scale() - 1;
        String digits = (rounded.unscaledValue().toString() + "0".repeat(precision + 1)).substring(0, precision + 1);
        String exponentDigits = String.valueOf(Math.abs(exponent));
        int exponentWidth = largeExponent ? 3 : 2;
        return sign(x) + digits.charAt(0) + "." + digits.substring(1) + "e" + (exponent < 0 ? "-" : "+")
                + "0".repeat(Math.max(exponentWidth - exponentDigits.length(), 0)) + exponentDigits;
    }

    private String pad(String s) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** "-" for a negative number, negative zero included (C keeps its sign), else "". */
    private static String sign(double x) {
        return x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
    }

    /** numpy's {@code _digits}: the decimals of {@code %.8f} left once trailing zeros are stripped. */
    private static int decimalsNeeded(double magnitude) {
        String s = new BigDecimal(magnitude)
                .setScale(PRECISION, RoundingMode.HALF_EVEN)
                .toPlainString();
        String stripped = s.replaceAll("0+$", "");
        return PRECISION - (s.length() - stripped.length());
    }
}
