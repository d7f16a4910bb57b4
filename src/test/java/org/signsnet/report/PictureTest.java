package org.signsnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class PictureTest {
    @Test
    void pixelsInZeroToOneBecomeRgbBytesRowByRow() {
        // (n_H = 1, n_W = 2, 3): a red pixel, then a mid-grey one; values outside [0, 1] are clipped
        INDArray image = Nd4j.create(new float[] {1, 0, -0.5f, 0.5f, 0.5f, 2}, new long[] {1, 2, 3}, 'c');
        BufferedImage picture = Picture.of(image);
        assertThat(picture.getWidth()).isEqualTo(2);
        assertThat(picture.getHeight()).isEqualTo(1);
        assertThat(picture.getRGB(0, 0) & 0xffffff).isEqualTo(0xff0000);
        assertThat(picture.getRGB(1, 0) & 0xffffff).isEqualTo(0x8080ff);
    }

    @Test
    void anythingButAnRgbImageIsRefused() {
        assertThatThrownBy(() -> Picture.of(Nd4j.zeros(4, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(n_H, n_W, 3)");
    }
}
