package org.signsnet.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhiloxRandomTest {
    /** Random123's kat_vectors for philox4x32_10 (counter words, key words, expected output). */
    static Stream<Arguments> random123KnownAnswers() {
        return Stream.of(
                Arguments.of(new int[] {0, 0, 0, 0}, new int[] {0, 0}, new int[] {
                    0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8
                }),
                Arguments.of(new int[] {-1, -1, -1, -1}, new int[] {-1, -1}, new int[] {
                    0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd
                }),
                Arguments.of(
                        new int[] {0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
                        new int[] {0xa4093822, 0x299f31d0},
                        new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}));
    }

    @ParameterizedTest
    @MethodSource("random123KnownAnswers")
    void blockMatchesRandom123KnownAnswers(int[] counter, int[] key, int[] expected) {
        assertThat(PhiloxRandom.block(counter, key)).containsExactly(expected);
    }

    @Test
    void seedsBecomeKeyAndUpperCounterWordsAsInTensorFlow() {
        PhiloxRandom philox = new PhiloxRandom(0x0000000200000001L, 0x0000000400000003L);
        assertThat(philox.counter()).containsExactly(0, 0, 3, 4);
        assertThat(philox.next()).containsExactly(PhiloxRandom.block(new int[] {0, 0, 3, 4}, new int[] {1, 2}));
    }

    @Test
    void nextAdvancesTheCounterByOneBlock() {
        PhiloxRandom philox = new PhiloxRandom(1, 0);
        philox.next();
        philox.next();
        assertThat(philox.counter()).containsExactly(2, 0, 0, 0);
        assertThat(philox.next()).containsExactly(PhiloxRandom.block(new int[] {2, 0, 0, 0}, new int[] {1, 0}));
    }

    @Test
    void skipCarriesAcrossAllFourCounterWords() {
        PhiloxRandom philox = new PhiloxRandom(0, 0xffffffffL);
        philox.skip(0xffffffffffffffffL);
        assertThat(philox.counter()).containsExactly(-1, -1, -1, 0);
        philox.skip(1);
        assertThat(philox.counter()).containsExactly(0, 0, 0, 1);
    }
}
