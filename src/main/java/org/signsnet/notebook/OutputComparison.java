package org.signsnet.notebook;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a cell's new output matches its saved output. Displays must match in number and
 * kind; an image must decode as a PNG of the saved image's size (its pixels may differ: fonts and
 * anti-aliasing vary between machines). Text lines must match one by one, with two documented
 * tolerances:
 * <ul>
 *   <li>a <em>timing line</em>, one matching {@link #TIMING} (a duration such as {@code 3.2 s}, {@code 40 ms} or
 *       the word {@code seconds}), matches any other timing line;</li>
 *   <li>numbers may differ by a relative {@value #RELATIVE} or absolute {@value #ABSOLUTE}
 *       tolerance (float32 training on another CPU can move the last printed digits); the text
 *       around them must be identical.</li>
 * </ul>
 */
public final class OutputComparison {
    /** Lines holding a duration, which differs from run to run. */
    public static final Pattern TIMING = Pattern.compile(".*(\\d+(\\.\\d+)? m?s\\b|seconds).*");

    static final double RELATIVE = 1e-3;
    static final double ABSOLUTE = 1e-4;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private OutputComparison() {}

    /**
     * How a cell's run differs from what the notebook saved: the first differing text line, else the
     * first differing display; empty when they match.
     */
    public static String difference(NotebookFile.Cell saved, CellResult actual) {
        return difference(saved, actual.shownText(), actual.displays());
    }

    /** How the outputs a notebook run saved in {@code actual} (e.g. by Jupyter) differ from those saved in {@code saved}. */
    public static String difference(NotebookFile.Cell saved, NotebookFile.Cell actual) {
        return difference(saved, actual.savedOutput(), actual.savedDisplays());
    }

    private static String difference(NotebookFile.Cell saved, String text, List<DisplayOutput> displays) {
        String textDifference = difference(saved.savedOutput(), text);
        return textDifference.isEmpty() ? displayDifference(saved.savedDisplays(), displays) : textDifference;
    }

    /**
     * The first display that differs, as {@code "display N: ..."}, or empty when the displays match:
     * same number, images where images were saved, each decoding to the saved image's size, and the
     * same text where text was saved.
     */
    public static String displayDifference(List<DisplayOutput> saved, List<DisplayOutput> actual) {
        if (saved.size() != actual.size()) {
            return saved.size() + " display(s) saved but " + actual.size() + " shown";
        }
        for (int i = 0; i < saved.size(); i++) {
            String problem = displayDifference(saved.get(i), actual.get(i));
            if (!problem.isEmpty()) {
                return "display " + (i + 1) + ": " + problem;
            }
        }
        return "";
    }

    private static String displayDifference(DisplayOutput saved, DisplayOutput actual) {
        if (saved.isImage() != actual.isImage()) {
            return saved.isImage() ? "an image was saved but text was shown" : "text was saved but an image was shown";
        }
        if (!saved.isImage()) {
            return difference(
                    saved.data().getOrDefault(DisplayOutput.TEXT, ""),
                    actual.data().getOrDefault(DisplayOutput.TEXT, ""));
        }
        var shown = actual.decodedImage();
        if (shown.isEmpty()) {
            return "the image shown does not decode as a PNG";
        }
        var kept = saved.decodedImage();
        if (kept.isEmpty()) {
            return "the saved image does not decode as a PNG";
        }
        if (kept.get().getWidth() != shown.get().getWidth()
                || kept.get().getHeight() != shown.get().getHeight()) {
            return "the image shown is " + shown.get().getWidth() + "x"
                    + shown.get().getHeight() + ", the saved one " + kept.get().getWidth() + "x"
                    + kept.get().getHeight();
        }
        return "";
    }

    /** The first line that differs, as {@code "line N: expected ... but was ..."}, or empty when they match. */
    public static String difference(String saved, String actual) {
        List<String> expected = saved.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), got.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<no line>";
            String a = i < got.size() ? got.get(i) : "<no line>";
            if (!linesMatch(e, a)) {
                return "line " + (i + 1) + ": expected \"" + e + "\" but was \"" + a + "\"";
            }
        }
        return "";
    }

    static boolean linesMatch(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (TIMING.matcher(expected).matches() && TIMING.matcher(actual).matches()) {
            return true;
        }
        Matcher e = NUMBER.matcher(expected);
        Matcher a = NUMBER.matcher(actual);
        if (!e.replaceAll("#").equals(a.replaceAll("#"))) {
            return false;
        }
        e.reset();
        a.reset();
        while (e.find() && a.find()) {
            double x = Double.parseDouble(e.group());
            double y = Double.parseDouble(a.group());
            if (Math.abs(x - y) > Math.max(ABSOLUTE, RELATIVE * Math.max(Math.abs(x), Math.abs(y)))) {
                return false;
            }
        }
        return true;
    }
}
