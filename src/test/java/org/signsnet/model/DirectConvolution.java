package org.signsnet.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A plain-loop {@code tf.nn.conv2d(x, w, strides=[1,1,1,1], padding='SAME')}, for tests only. */
final class DirectConvolution {
    private DirectConvolution() {}

    /** x (m, H, W, C) NHWC, w (kH, kW, C, F) HWIO; TF SAME padding puts the odd extra row/column bottom-right. */
    static INDArray sameStrideOne(INDArray x, INDArray w) {
        int m = (int) x.size(0);
        int h = (int) x.size(1);
        int wd = (int) x.size(2);
        int c = (int) x.size(3);
        int kh = (int) w.size(0);
        int kw = (int) w.size(1);
        int f = (int) w.size(3);
        int top = (kh - 1) / 2;
        int left = (kw - 1) / 2;
        float[] xs = TestArrays.flat(x);
        float[] ws = TestArrays.flat(w);
        float[] out = new float[m * h * wd * f];
        for (int n = 0; n < m; n++) {
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < wd; j++) {
                    for (int di = 0; di < kh; di++) {
                        int r = i + di - top;
                        if (r < 0 || r >= h) {
                            continue;
                        }
                        for (int dj = 0; dj < kw; dj++) {
                            int col = j + dj - left;
                            if (col < 0 || col >= wd) {
                                continue;
                            }
                            for (int ch = 0; ch < c; ch++) {
                                float v = xs[((n * h + r) * wd + col) * c + ch];
                                int wBase = ((di * kw + dj) * c + ch) * f;
                                int oBase = ((n * h + i) * wd + j) * f;
                                for (int k = 0; k < f; k++) {
                                    out[oBase + k] += v * ws[wBase + k];
                                }
                            }
                        }
                    }
                }
            }
        }
        return Nd4j.create(out, new long[] {m, h, wd, f}, 'c').castTo(DataType.FLOAT);
    }
}
