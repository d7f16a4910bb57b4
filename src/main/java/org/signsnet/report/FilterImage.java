package org.signsnet.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/**
 * {@code filters.png}: the first convolution layer's learned filters ({@code W1}: in the notebook's
 * model eight 4 x 4 x 3, in the improved one sixteen 3 x 3 x 3)
 * as enlarged RGB tiles. Each filter is min-max normalised on its own, so the tile shows which
 * colour and which part of the 4 x 4 window the filter responds to; its range is printed under it.
 * DL4J stores the kernel as {@code [nOut, nIn, kH, kW]}, i.e. (8, 3, 4, 4).
 */
public final class FilterImage {
    private static final int TILE = 160;
    private static final int GAP = 40;
    private static final int TOP = 95;
    private static final int CAPTION = 80;

    private FilterImage() {}

    /** The tiles of {@code W = [nOut, nIn = 3, kH, kW]}. */
    public static BufferedImage draw(INDArray weights) {
        long[] shape = weights.shape();
        int filters = (int) shape[0];
        int columns = Math.min(4, filters);
        int rows = (filters + columns - 1) / columns;
        BufferedImage image = Canvas.create(GAP + columns * (TILE + GAP), TOP + rows * (TILE + CAPTION) + 10);
        Graphics2D g = Canvas.graphics(image);
        g.setColor(Color.BLACK);
        g.setFont(ChartStyle.TITLE_FONT);
        Canvas.centred(g, "First-layer filters W1", image.getWidth() / 2, 40);
        g.setFont(ChartStyle.TICK_FONT);
        Canvas.centred(
                g,
                shape[2] + "x" + shape[3] + " pixels x RGB each, colours scaled to the filter's own [min, max]",
                image.getWidth() / 2,
                68);
        for (int f = 0; f < filters; f++) {
            int x = GAP + (f % columns) * (TILE + GAP);
            int y = TOP + (f / columns) * (TILE + CAPTION);
            drawFilter(g, weights, f, x, y);
        }
        g.dispose();
        return image;
    }

    /** The filters of the network's first convolution layer (the one that sees the RGB image). */
    public static BufferedImage draw(MultiLayerNetwork network) {
        return draw(firstConvolutionWeights(network));
    }

    /**
     * {@code W} of the first convolution layer, whichever preset built the network: layer
     * {@code NotebookModel.CONV1} in the notebook's, a later one where pooling comes first.
     */
    static INDArray firstConvolutionWeights(MultiLayerNetwork network) {
        for (Layer layer : network.getLayers()) {
            if (layer.conf().getLayer() instanceof ConvolutionLayer) {
                INDArray w = layer.getParam("W");
                if (w != null && w.rank() == 4 && w.size(1) == 3) {
                    return w;
                }
            }
        }
        throw new SignsnetException(
                ErrorKind.MODEL, "the model has no convolution layer on RGB input to draw filters of");
    }

    public static void write(Path target, MultiLayerNetwork network) {
        Canvas.savePng(draw(network), target);
    }

    private static void drawFilter(Graphics2D g, INDArray w, int f, int x, int y) {
        int kh = (int) w.size(2);
        int kw = (int) w.size(3);
        double min = w.slice(f).minNumber().doubleValue();
        double max = w.slice(f).maxNumber().doubleValue();
        double span = max > min ? max - min : 1;
        int cellW = TILE / kw;
        int cellH = TILE / kh;
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) {
                g.setColor(new Color(
                        level(w.getDouble(f, 0, i, j), min, span),
                        level(w.getDouble(f, 1, i, j), min, span),
                        level(w.getDouble(f, 2, i, j), min, span)));
                g.fillRect(x + j * cellW, y + i * cellH, cellW, cellH);
            }
        }
        g.setColor(Color.GRAY);
        g.drawRect(x, y, cellW * kw, cellH * kh);
        g.setColor(Color.BLACK);
        g.setFont(ChartStyle.LABEL_FONT);
        Canvas.centred(g, "filter " + (f + 1), x + TILE / 2, y + TILE + 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        Canvas.centred(g, String.format(Locale.ROOT, "[%.2f, %.2f]", min, max), x + TILE / 2, y + TILE + 52);
    }

    private static int level(double value, double min, double span) {
        return (int) Math.round(255 * (value - min) / span);
    }
}
