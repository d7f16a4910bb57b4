package org.signsnet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExifOrientationTest {
    /** Stored 3 wide x 2 high, sample value = 10 * row + column: 0 1 2 / 10 11 12. */
    private static RgbImage stored() {
        float[] s = new float[18];
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                Arrays.fill(s, (y * 3 + x) * 3, (y * 3 + x) * 3 + 3, 10 * y + x);
            }
        }
        return new RgbImage(3, 2, s);
    }

    @ParameterizedTest(name = "orientation {0}: upright rows {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1; 0 1 2/10 11 12",
                "2; 2 1 0/12 11 10",
                "3; 12 11 10/2 1 0",
                "4; 10 11 12/0 1 2",
                "5; 0 10/1 11/2 12",
                "6; 10 0/11 1/12 2",
                "7; 12 2/11 1/10 0",
                "8; 2 12/1 11/0 10"
            })
    void eachOrientationTagTurnsTheStoredPixelsUpright(int orientation, String rows) {
        RgbImage upright = ExifOrientation.apply(stored(), orientation);
        StringBuilder actual = new StringBuilder();
        for (int y = 0; y < upright.height(); y++) {
            for (int x = 0; x < upright.width(); x++) {
                actual.append(x == 0 ? (y == 0 ? "" : "/") : " ").append((int) upright.get(y, x, 1));
            }
        }
        assertThat(actual.toString()).isEqualTo(rows);
    }
}
