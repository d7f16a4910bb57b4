package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class SignsDatasetTest {
    private static final long[] CLASSES = {0, 1, 2, 3, 4, 5};
    private static final Path SOURCE = Path.of("tiny.h5");

    /** m images where every value of image i is i / 100. */
    private static SignsDataset dataset(int... labels) {
        INDArray images = Nd4j.create(DataType.FLOAT, labels.length, 64, 64, 3);
        for (int i = 0; i < labels.length; i++) {
            images.get(NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all())
                    .assign(i / 100.0);
        }
        return new SignsDataset(images, labels, CLASSES, SOURCE);
    }

    @Test
    void oneHotLabelsAreFloat32MBySixWithTheOneInTheLabelsColumn() {
        INDArray oneHot = dataset(2, 0, 5).oneHotLabels();

        assertThat(oneHot.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(oneHot.shape()).containsExactly(3, 6);
        assertThat(oneHot.toFloatMatrix()).isEqualTo(new float[][] {
            {0, 0, 1, 0, 0, 0},
            {1, 0, 0, 0, 0, 0},
            {0, 0, 0, 0, 0, 1}
        });
    }

    @Test
    void toDataSetPairsImagesWithOneHotLabels() {
        SignsDataset data = dataset(1, 4);

        DataSet set = data.toDataSet();

        assertThat(set.getFeatures()).isSameAs(data.images());
        assertThat(set.getLabels()).isEqualTo(data.oneHotLabels());
        assertThat(set.numExamples()).isEqualTo(2);
    }

    @Test
    void subsetGathersImagesAndLabelsInTheGivenOrderLikeNumpyFancyIndexing() {
        SignsDataset data = dataset(0, 1, 2, 3, 4);

        SignsDataset picked = data.subset(new int[] {4, 1, 1});

        assertThat(picked.size()).isEqualTo(3);
        assertThat(picked.labels()).containsExactly(4, 1, 1);
        assertThat(picked.images().shape()).containsExactly(3, 64, 64, 3);
        assertThat(picked.images().getFloat(0, 63, 63, 2)).isEqualTo(0.04f);
        assertThat(picked.images().getFloat(1, 0, 0, 0)).isEqualTo(0.01f);
        assertThat(picked.images().getFloat(2, 10, 20, 1)).isEqualTo(0.01f);
        assertThat(picked.source()).isEqualTo(SOURCE);
        assertThat(picked.classes()).containsExactly(CLASSES);
    }

    @Test
    void subsetRejectsIndicesOutsideTheDataset() {
        SignsDataset data = dataset(0, 1);

        assertThatThrownBy(() -> data.subset(new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 2 outside [0, 2)");
        assertThatThrownBy(() -> data.subset(new int[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAndClassesAreDefensiveCopies() {
        int[] labels = {3, 2};
        SignsDataset data = dataset(labels);
        labels[0] = 5;
        data.labels()[1] = 5;
        data.classes()[0] = 9;

        assertThat(data.labels()).containsExactly(3, 2);
        assertThat(data.classes()).containsExactly(CLASSES);
    }

    @Test
    void constructorRejectsShapesOutsideTheContract() {
        INDArray nchw = Nd4j.create(DataType.FLOAT, 1, 3, 64, 64);
        INDArray doubles = Nd4j.create(DataType.DOUBLE, 1, 64, 64, 3);
        INDArray floats = Nd4j.create(DataType.FLOAT, 2, 64, 64, 3);

        assertThatThrownBy(() -> new SignsDataset(nchw, new int[] {0}, CLASSES, SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(m, 64, 64, 3)");
        assertThatThrownBy(() -> new SignsDataset(doubles, new int[] {0}, CLASSES, SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("float32");
        assertThatThrownBy(() -> new SignsDataset(floats, new int[] {0}, CLASSES, SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 images but 1 labels");
        assertThatThrownBy(() -> new SignsDataset(floats, new int[] {0, 6}, CLASSES, SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label 6");
    }
}
