package org.signsnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
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
    void onlyTwoDimensionalArraysCanBeShown() {
        assertThatThrownBy(() -> Imshow.of("v", Nd4j.ones(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2-D");
    }

    /** The red level at the centre of element (i, j) of a rows x columns matrix drawn in {@code area}. */
    private static int grey(BufferedImage image, Rectangle2D area, int i, int j, int rows, int columns) {
        int x = (int) (area.getX() + (j + 0.5) * area.getWidth() / columns);
        int y = (int) (area.getY() + (i + 0.5) * area.getHeight() / rows);
        return (image.getRGB(x, y) >> 16) & 0xff;
    }
}
