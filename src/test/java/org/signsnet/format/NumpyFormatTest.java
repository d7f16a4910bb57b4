package org.signsnet.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link NumpyFormat} prints like numpy's legacy 1.13 mode: float64 arrays and scalars and Python's
 * {@code repr} as in {@code fixtures/numpy_format.json} (from
 * {@code scripts/fixtures/numpy_format_fixtures.py}); float32 arrays and scalars as numpy printed the
 * application notebook's {@code W1}, {@code W2}, {@code Z3} and {@code cost} (strings printed with
 * {@code np.set_printoptions(legacy='1.13')}).
 */
class NumpyFormatTest {
    private static final JsonNode FIXTURE = fixture("/fixtures/numpy_format.json");

    static Stream<Arguments> arrays() {
        List<Arguments> cases = new ArrayList<>();
        FIXTURE.get("arrays").forEach(a -> cases.add(Arguments.of(a.get("name").asText(), a)));
        return cases.stream();
    }

    static Stream<Arguments> float64Scalars() {
        List<Arguments> cases = new ArrayList<>();
        FIXTURE.get("float64_str")
                .forEach(s -> cases.add(
                        Arguments.of(s.get("value").asDouble(), s.get("str").asText())));
        return cases.stream();
    }

    static Stream<Arguments> pythonFloats() {
        List<Arguments> cases = new ArrayList<>();
        FIXTURE.get("float_repr")
                .forEach(s -> cases.add(
                        Arguments.of(s.get("value").asDouble(), s.get("repr").asText())));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void arraysPrintLikeNumpyStr(String name, JsonNode array) {
        long[] shape = new long[array.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = array.get("shape").get(i).asLong();
        }
        String printed;
        if (array.has("bools")) {
            boolean[] values = new boolean[array.get("bools").size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = array.get("bools").get(i).asBoolean();
            }
            printed = NumpyFormat.str(values, shape);
        } else {
            double[] values = new double[array.get("values").size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = array.get("values").get(i).asDouble();
            }
            printed = NumpyFormat.str(Nd4j.create(values, shape, DataType.DOUBLE));
        }
        assertThat(printed).isEqualTo(array.get("str").asText());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("float64Scalars")
    void float64ScalarsPrintWithTwelveSignificantDigits(double value, String expected) {
        assertThat(NumpyFormat.str(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pythonFloats")
    void pythonFloatsPrintTheirShortestRoundTripRepr(double value, String expected) {
        assertThat(NumpyFormat.repr(value)).isEqualTo(expected);
    }

    @Test
    void booleanNd4jArraysPrintTrueAndFalse() {
        INDArray mask = Nd4j.create(new boolean[][] {{true, false, false}, {false, false, false}});
        assertThat(NumpyFormat.str(mask)).isEqualTo("[[ True False False]\n [False False False]]");
    }

    @Test
    void shapesPrintAsPythonTuples() {
        assertThat(NumpyFormat.shape(4, 3, 3, 2)).isEqualTo("(4, 3, 3, 2)");
        assertThat(NumpyFormat.shape(5)).isEqualTo("(5,)");
        assertThat(NumpyFormat.shape()).isEqualTo("()");
    }

    @Test
    void wrapsAOneDimensionalFloat32ArrayAt75ColumnsLikeTheNotebook() {
        float[] w1 = {
            0.00131723f, 0.14176141f, -0.04434952f, 0.09197326f, 0.14984085f, -0.03514394f, -0.06847463f, 0.05245192f
        };
        String expected = "[ 0.00131723  0.14176141 -0.04434952  0.09197326  0.14984085 -0.03514394\n"
                + " -0.06847463  0.05245192]";
        assertThat(NumpyFormat.str(w1)).isEqualTo(expected);
        assertThat(NumpyFormat.str(Nd4j.create(w1))).isEqualTo(expected);
    }

    @Test
    void turnsTrailingZerosIntoSpacesKeepingTheColumns() {
        float[] w2 = {
            -0.08566415f,
            0.17750949f,
            0.11974221f,
            0.16773748f,
            -0.0830943f,
            -0.08058f,
            -0.00577033f,
            -0.14643836f,
            0.24162132f,
            -0.05857408f,
            -0.19055021f,
            0.1345228f,
            -0.22779644f,
            -0.1601823f,
            -0.16117483f,
            -0.10286498f
        };
        assertThat(NumpyFormat.str(w2))
                .isEqualTo("[-0.08566415  0.17750949  0.11974221  0.16773748 -0.0830943  -0.08058\n"
                        + " -0.00577033 -0.14643836  0.24162132 -0.05857408 -0.19055021  0.1345228\n"
                        + " -0.22779644 -0.1601823  -0.16117483 -0.10286498]");
    }

    @Test
    void printsATwoDimensionalFloat32ArrayRowPerLine() {
        float[][] z3 = {
            {1.44169843f, -0.24909666f, 5.45049906f, -0.26189619f, -0.20669907f, 1.36546707f},
            {1.40708458f, -0.02573211f, 5.08928013f, -0.48669922f, -0.40940708f, 1.26248586f}
        };
        String expected = "[[ 1.44169843 -0.24909666  5.45049906 -0.26189619 -0.20669907  1.36546707]\n"
                + " [ 1.40708458 -0.02573211  5.08928013 -0.48669922 -0.40940708  1.26248586]]";
        assertThat(NumpyFormat.str(z3)).isEqualTo(expected);
        assertThat(NumpyFormat.str(Nd4j.create(z3))).isEqualTo(expected);
    }

    @Test
    void usesOnlyAsManyDecimalsAsTheArrayNeeds() {
        assertThat(NumpyFormat.str(new float[] {1.5f, 2.25f})).isEqualTo("[ 1.5   2.25]");
        assertThat(NumpyFormat.str(new float[] {1f, 2f})).isEqualTo("[ 1.  2.]");
        assertThat(NumpyFormat.str(new float[][] {{1.5f, -20.25f}, {0f, 3f}}))
                .isEqualTo("[[  1.5  -20.25]\n [  0.     3.  ]]");
    }

    @Test
    void switchesToScientificWhenMagnitudesAreFarApart() {
        assertThat(NumpyFormat.str(new float[] {1e-5f, 2f, -3f}))
                .isEqualTo("[  9.99999975e-06   2.00000000e+00  -3.00000000e+00]");
    }

    @Test
    void indentsContinuationLinesOfLongRows() {
        float[] tenths = new float[20];
        Arrays.fill(tenths, 0.5f);
        assertThat(NumpyFormat.str(tenths))
                .isEqualTo("[ 0.5  0.5  0.5  0.5  0.5  0.5  0.5  0.5  0.5  0.5  0.5  0.5  0.5  0.5  0.5\n"
                        + "  0.5  0.5  0.5  0.5  0.5]");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2.91034|2.91034",
                "4.6648703|4.66487",
                "2.0|2.0",
                "-0.5|-0.5",
                "1234567.0|1.23457e+06",
                "0.0001234567|0.000123457",
                "0.00001|1e-05",
                "100000.0|100000.0"
            })
    void float32ScalarIsPercentPointSixG(float value, String expected) {
        assertThat(NumpyFormat.str(value)).isEqualTo(expected);
    }

    private static JsonNode fixture(String resource) {
        try (InputStream in = NumpyFormatTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
