package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.api.DatasetCreationOptions;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

class SignsDataLoaderTest {
    private final SignsDataLoader loader = new SignsDataLoader();

    @TempDir
    Path dir;

    @Test
    void loadsTinyTrainFileAsFloat32NhwcScaledBy255() {
        Path file = TinySignsFile.train(7).write(dir.resolve("train_signs.h5"));

        SignsDataset train = loader.loadTrain(file);

        assertThat(train.size()).isEqualTo(7);
        assertThat(train.images().shape()).containsExactly(7, 64, 64, 3);
        assertThat(train.images().dataType()).isEqualTo(DataType.FLOAT);
        assertThat(train.labels()).containsExactly(0, 1, 2, 3, 4, 5, 0);
        assertThat(train.classes()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(train.source()).isEqualTo(file);
        INDArray images = train.images();
        for (int[] at : new int[][] {{0, 0, 0, 0}, {6, 63, 63, 2}, {3, 10, 20, 1}, {5, 1, 21, 1}, {1, 0, 0, 2}}) {
            float expected = (float) (TinySignsFile.pixel(at[0], at[1], at[2], at[3]) / 255.0);
            assertThat(images.getFloat(at[0], at[1], at[2], at[3]))
                    .as("pixel %s", Arrays.toString(at))
                    .isEqualTo(expected);
        }
    }

    @Test
    void coversTheFullPixelRangeIncludingZeroAnd255() {
        SignsDataset train = loader.loadTrain(TinySignsFile.train(2).write(dir.resolve("t.h5")));

        assertThat(train.images().minNumber().floatValue()).isEqualTo(0f);
        assertThat(train.images().maxNumber().floatValue()).isEqualTo(1f);
    }

    @Test
    void readsPixelsInBlocksWithoutMixingUpImagesAcrossBlockBoundaries() {
        int m = 130;
        SignsDataset train = loader.loadTrain(TinySignsFile.train(m).write(dir.resolve("t.h5")));

        for (int i : new int[] {0, 127, 128, 129}) {
            assertThat(train.images().getFloat(i, 5, 7, 2))
                    .isEqualTo((float) (TinySignsFile.pixel(i, 5, 7, 2) / 255.0));
        }
    }

    @Test
    void readsChunkedAndDeflatedPixelsLikeContiguousOnes() {
        DatasetCreationOptions chunked = DatasetCreationOptions.builder()
                .unsigned()
                .chunkDimensions(2, 64, 64, 3)
                .deflate()
                .build();
        Path file = TinySignsFile.train(5)
                .put("train_set_x", TinySignsFile.pixels(5), chunked)
                .write(dir.resolve("t.h5"));
        SignsDataset contiguous = loader.loadTrain(TinySignsFile.train(5).write(dir.resolve("c.h5")));

        assertThat(loader.loadTrain(file).images()).isEqualTo(contiguous.images());
    }

    @Test
    void loadTestReadsListClasses() {
        SignsDataset test = loader.loadTest(TinySignsFile.test(6).write(dir.resolve("test_signs.h5")));

        assertThat(test.classes()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(test.labels()).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void loadReadsBothFilesOfADirectory() {
        TinySignsFile.train(12).write(dir.resolve(SignsDataLoader.TRAIN_FILE));
        TinySignsFile.test(6).write(dir.resolve(SignsDataLoader.TEST_FILE));

        SignsData data = loader.load(dir);

        assertThat(data.train().size()).isEqualTo(12);
        assertThat(data.test().size()).isEqualTo(6);
        assertThat(data.train().source()).isEqualTo(dir.resolve("train_signs.h5"));
        assertThat(data.test().source()).isEqualTo(dir.resolve("test_signs.h5"));
    }

    @Test
    void acceptsLabelsStoredAsOneByM() {
        Path file = TinySignsFile.train(3)
                .put("train_set_y", new long[][] {{5, 4, 3}})
                .write(dir.resolve("t.h5"));

        assertThat(loader.loadTrain(file).labels()).containsExactly(5, 4, 3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"int8", "uint8", "int16", "int32", "uint32", "int64"})
    void acceptsAnyIntegerLabelType(String dtype) {
        TinySignsFile tiny = TinySignsFile.train(3);
        Object labels = switch (dtype) {
            case "int8", "uint8" -> new byte[] {2, 0, 5};
            case "int16" -> new short[] {2, 0, 5};
            case "int32", "uint32" -> new int[] {2, 0, 5};
            default -> new long[] {2, 0, 5};
        };
        if (dtype.startsWith("u")) {
            tiny.putUnsigned("train_set_y", labels);
        } else {
            tiny.put("train_set_y", labels);
        }

        assertThat(loader.loadTrain(tiny.write(dir.resolve("t.h5"))).labels()).containsExactly(2, 0, 5);
    }

    @Test
    void trainFileMayLackListClassesBecauseTheNotebookReadsItFromTheTestFile() {
        Path file = TinySignsFile.train(2).remove("list_classes").write(dir.resolve("t.h5"));

        assertThat(loader.loadTrain(file).classes()).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void testFileWithoutListClassesIsRejected() {
        Path file = TinySignsFile.test(2).remove("list_classes").write(dir.resolve("test_signs.h5"));

        assertThatThrownBy(() -> loader.loadTest(file))
                .isInstanceOfSatisfying(
                        SignsnetException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.DATA))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("no dataset 'list_classes'");
    }

    @Test
    void loadNamesTheMissingTestFileOfADirectory() {
        TinySignsFile.train(2).write(dir.resolve(SignsDataLoader.TRAIN_FILE));

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(SignsnetException.class)
                .hasMessageContaining(dir.resolve("test_signs.h5").toString())
                .hasMessageContaining("does not exist");
    }
}
