package org.signsnet.notebook;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * {@code display(...)} for notebook cells, the Java counterpart of {@code plt.imshow(...)} /
 * {@code plt.show()}: the notebook sessions of signsnet import it statically, so a cell writes
 * {@code display(image)} as it would in the IJava or JJava kernels.
 *
 * <p>What is shown: a {@link RenderedImage} (e.g. a {@link BufferedImage}) as a PNG; a
 * {@link JFreeChart} drawn at {@value #CHART_WIDTH} x {@value #CHART_HEIGHT} pixels as a PNG; anything
 * else as its {@code toString()} text. The output goes to whoever runs the cell (the notebook runner
 * of {@code signsnet notebook}, or the Jupyter kernel), in order with the cell's printed text.
 */
public final class NotebookDisplay {
    public static final int CHART_WIDTH = 800;
    public static final int CHART_HEIGHT = 560;

    private static volatile Consumer<DisplayOutput> sink;

    private NotebookDisplay() {}

    /** Shows {@code value} under the running cell. */
    public static void display(Object value) {
        Consumer<DisplayOutput> target = sink;
        if (target == null) {
            throw new IllegalStateException("display(...) shows its value under a notebook cell: run the notebook"
                    + " with 'signsnet notebook' or in Jupyter with the signsnet kernel");
        }
        System.out.flush(); // text printed before the picture stays before it
        target.accept(render(value));
    }

    /**
     * Sends what cells display to {@code target} until the returned handle is closed (one notebook
     * session at a time per JVM).
     */
    public static Route routeTo(Consumer<DisplayOutput> target) {
        sink = target;
        return () -> sink = null;
    }

    /** An active routing of {@link #display}; closing it ends the routing. */
    @FunctionalInterface
    public interface Route extends AutoCloseable {
        @Override
        void close();
    }

    /** The MIME bundle for {@code value}. */
    public static DisplayOutput render(Object value) {
        if (value instanceof JFreeChart chart) {
            return render(chart.createBufferedImage(CHART_WIDTH, CHART_HEIGHT));
        }
        if (value instanceof RenderedImage image) {
            return DisplayOutput.png(
                    png(image), String.format(Locale.ROOT, "<image %dx%d>", image.getWidth(), image.getHeight()));
        }
        return DisplayOutput.text(String.valueOf(value));
    }

    private static byte[] png(RenderedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no ImageIO PNG writer for this image");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
