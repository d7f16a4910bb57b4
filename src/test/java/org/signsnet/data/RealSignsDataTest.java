package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

/** The SIGNS files that ship in data/signs/. */
class RealSignsDataTest {
    private static Path directory;
    private static SignsData data;

    @BeforeAll
    static void load() {
        directory = RealSignsData.directory();
        data = new SignsDataLoader().load(directory);
    }

    @Test
    void shapesAreThoseOfTheNotebook() {
        assertThat(data.train().images().shape()).containsExactly(1080, 64, 64, 3);
        assertThat(data.test().images().shape()).containsExactly(120, 64, 64, 3);
        assertThat(data.train().images().dataType()).isEqualTo(DataType.FLOAT);
        assertThat(data.test().classes()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(data.train().oneHotLabels().shape()).containsExactly(1080, 6);
    }

    @Test
    void everyClassHas180TrainingAnd20TestImages() {
        assertThat(countPerClass(data.train().labels())).containsExactly(180, 180, 180, 180, 180, 180);
        assertThat(countPerClass(data.test().labels())).containsExactly(20, 20, 20, 20, 20, 20);
    }

    @Test
    void pixelsLieInZeroToOne() {
        for (SignsDataset split : List.of(data.train(), data.test())) {
            assertThat(split.images().minNumber().floatValue()).isGreaterThanOrEqualTo(0f);
            assertThat(split.images().maxNumber().floatValue()).isLessThanOrEqualTo(1f);
            assertThat(split.images().maxNumber().floatValue()).isGreaterThan(0.9f);
        }
    }

    @Test
    void pixelsAreTheRawUint8ValuesDividedBy255() {
        try (HdfFile hdf = new HdfFile(directory.resolve("test_signs.h5"))) {
            int[] raw = (int[]) hdf.getDatasetByPath("test_set_x").getDataFlat();
            float[] loaded = data.test().images().data().asFloat();
            assertThat(loaded).hasSize(raw.length);
            for (int i = 0; i < raw.length; i += 997) {
                assertThat(loaded[i]).isEqualTo((float) (raw[i] / 255.0));
            }
        }
    }

    @Test
    void testFileIsTheOriginalAndTrainFileTheKnownReconstruction() {
        DataChecksums.Identity test = DataChecksums.identify(directory.resolve("test_signs.h5"));
        DataChecksums.Identity train = DataChecksums.identify(directory.resolve("train_signs.h5"));

        assertThat(test.sha256()).isEqualTo("539fb746ed9e947eb244cfca73f4d1b03f9bf5524d609eeed2cd76ddb1b179be");
        assertThat(test.gitBlob()).isEqualTo("ac34131b87c829b90f5c0913f90d509f1c1f8ed0");
        assertThat(test.known()).hasValue(DataChecksums.KnownFile.ORIGINAL_TEST);
        assertThat(test.provenance()).isEqualTo(DataChecksums.Provenance.ORIGINAL);
        assertThat(train.known()).hasValue(DataChecksums.KnownFile.RECONSTRUCTED_TRAIN);
        assertThat(train.provenance()).isEqualTo(DataChecksums.Provenance.RECONSTRUCTION);
    }

    @Test
    void firstNotebookEpochDrawsSeventeenMinibatchesTheLastOf56() {
        List<DataSet> batches =
                MiniBatches.batches(data.train(), MiniBatches.NOTEBOOK_BATCH_SIZE, MiniBatches.notebookSeedForEpoch(0));

        assertThat(batches).hasSize(17);
        assertThat(batches.get(0).getFeatures().shape()).containsExactly(64, 64, 64, 3);
        assertThat(batches.get(16).getFeatures().shape()).containsExactly(56, 64, 64, 3);
        assertThat(batches.get(16).getLabels().shape()).containsExactly(56, 6);
    }

    private static int[] countPerClass(int[] labels) {
        int[] counts = new int[6];
        Arrays.stream(labels).forEach(label -> counts[label]++);
        return counts;
    }
}
