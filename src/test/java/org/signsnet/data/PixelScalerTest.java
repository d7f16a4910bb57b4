package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PixelScalerTest {
    static Stream<Object> sourcesHolding0And128And255() {
        return Stream.of(
                ByteBuffer.wrap(new byte[] {9, 0, (byte) 128, (byte) 255})
                        .position(1)
                        .slice(),
                new int[] {0, 128, 255},
                new short[] {0, 128, 255},
                new byte[] {0, (byte) 128, (byte) 255});
    }

    @ParameterizedTest
    @MethodSource("sourcesHolding0And128And255")
    void everyPixelSourceIsReadAsUnsignedAndDividedBy255(Object source) {
        float[] target = new float[2];

        assertThat(PixelScaler.length(source)).isEqualTo(3);
        PixelScaler.scaleInto(source, 1, target);

        assertThat(target).containsExactly((float) (128 / 255.0), 1.0f);
    }

    @Test
    void everyUint8ValueIsScaledLikeNumpyFloat64DivisionCastToFloat32() {
        for (int value = 0; value < 256; value++) {
            assertThat(PixelScaler.scale(value)).isEqualTo((float) ((double) value / 255.0));
        }
    }

    @Test
    void valuesOutsideUint8AreRejected() {
        assertThatThrownBy(() -> PixelScaler.scaleInto(new int[] {256}, 0, new float[1]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("256");
    }
}
