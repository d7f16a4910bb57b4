package org.signsnet.report;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A dataset image as a picture, the notebook's {@code plt.imshow(X_train_orig[index])}: an image
 * {@code (n_H, n_W, 3)} in NHWC order with values in [0, 1] (the notebook's {@code X / 255.}) as
 * RGB pixels.
 */
public final class Picture {
    private Picture() {}

    /** The RGB picture of {@code image} {@code (n_H, n_W, 3)}, values in [0, 1] (clipped). */
    public static BufferedImage of(INDArray image) {
        long[] shape = image.shape();
        if (shape.length != 3 || shape[2] != 3) {
            throw new IllegalArgumentException("expected an image (n_H, n_W, 3), got shape " + Arrays.toString(shape));
        }
        int height = (int) shape[0];
        int width = (int) shape[1];
        float[] pixels = image.dup('c').data().asFloat();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int base = (r * width + c) * 3;
                picture.setRGB(
                        c, r, (byte8(pixels[base]) << 16) | (byte8(pixels[base + 1]) << 8) | byte8(pixels[base + 2]));
            }
        }
        return picture;
    }

    private static int byte8(float value) {
        return Math.max(0, Math.min(255, Math.round(value * 255)));
    }
}
