package org.signsnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ImshowTest {
    @Test
    void eachElementIsAGreyBlockFromBlackAtTheMinimumToWhiteAtTheMaximumRowZeroOnTop() {
        double[][] values = {{-2, 0, 1}, {0.5, 0, 3}};
        JFreeChart chart = Imshow.of("x", Nd4j.create(values));
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(400, 300, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();

        assertThat(grey(image, area, 0, 0, 2, 3)).isEqualTo(0); // the minimum, top left
        assertThat(grey(image, area, 1, 2, 2, 3)).isEqualTo(255); // the maximum, bottom right
        assertThat(grey(image, area, 0, 1, 2, 3)).isEqualTo(grey(image, area, 1, 1, 2, 3));
        assertThat(grey(image, area, 1, 0, 2, 3)).isGreaterThan(grey(image, area, 0, 1, 2, 3));
    }

    @Test
    void aRowPutsThePanelsSideBySide() {
        BufferedImage row = Imshow.row(Imshow.of("a", Nd4j.eye(3)), Imshow.of("b", Nd4j.ones(2, 5)));
        assertThat(row.getWidth()).isEqualTo(2 * Imshow.PANEL);
        assertThat(row.getHeight()).isEqualTo(Imshow.PANEL);
    }

    @Test
    void anImageIsShownInItsOwnColoursPixelByPixel() {
        INDArray image = Nd4j.zeros(DataType.DOUBLE, 2, 3, 3);
        image.putScalar(new long[] {0, 0, 0}, 1.0); // red, top left
        image.putScalar(new long[] {1, 2, 1}, 1.0); // green, bottom right
        image.putScalar(new long[] {1, 2, 2}, 0.5); // ... with half the blue
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage picture = Imshow.of(null, image).createBufferedImage(400, 300, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();

        assertThat(rgb(picture, area, 0, 0, 2, 3)).isEqualTo(0xFF0000);
        assertThat(rgb(picture, area, 1, 2, 2, 3)).isEqualTo(0x00FF80);
        assertThat(rgb(picture, area, 0, 1, 2, 3)).isZero();
        assertThat(Imshow.picture(image).getWidth()).isEqualTo(Imshow.PANEL);
    }

    @Test
    void ticksStepAsMatplotlibsDoFrom0To60By10ForA64PixelImage() {
        assertThat(Imshow.tickStep(3)).isEqualTo(1);
        assertThat(Imshow.tickStep(7)).isEqualTo(1);
        assertThat(Imshow.tickStep(12)).isEqualTo(2);
        assertThat(Imshow.tickStep(64)).isEqualTo(10);
        assertThat(Imshow.tickStep(256)).isEqualTo(50);
    }

    @Test
    void onlyTwoDimensionalArraysAndImagesCanBeShown() {
        assertThatThrownBy(() -> Imshow.of("v", Nd4j.ones(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2-D");
        assertThatThrownBy(() -> Imshow.of("v", Nd4j.ones(4, 4, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(n_H, n_W, 3)");
    }

    /** The colour, {@code 0xRRGGBB}, at the centre of element (i, j) of a rows x columns picture drawn in {@code area}. */
    private static int rgb(BufferedImage image, Rectangle2D area, int i, int j, int rows, int columns) {
        int x = (int) (area.getX() + (j + 0.5) * area.getWidth() / columns);
        int y = (int) (area.getY() + (i + 0.5) * area.getHeight() / rows);
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** The red level at the centre of element (i, j) of a rows x columns matrix drawn in {@code area}. */
    private static int grey(BufferedImage image, Rectangle2D area, int i, int j, int rows, int columns) {
        int x = (int) (area.getX() + (j + 0.5) * area.getWidth() / columns);
        int y = (int) (area.getY() + (i + 0.5) * area.getHeight() / rows);
        return (image.getRGB(x, y) >> 16) & 0xff;
    }
}
