package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.data.DataDirectoryResolver;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.model.NetworkLogits;
import org.signsnet.model.NotebookModel;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.TensorFlowWeights;
import org.signsnet.model.TrainingConfig;
import org.signsnet.random.NumpyRandom;
import org.signsnet.training.EpochRecord;
import org.signsnet.training.Trainer;
import org.signsnet.training.TrainingResult;

/**
 * The functions written out in {@code notebooks-port/application.ipynb} build what signsnet trains:
 * the configuration of {@code forwardPropagation} equals {@link NotebookModel}'s as JSON (so the two
 * cannot drift apart), the initial weights equal TensorFlow's, {@code computeCost} is the output
 * layer's loss, and {@code model()} follows {@link Trainer} step for step. The notebook's cells run
 * in a JShell session, up to the 100-epoch training.
 */
class ApplicationNotebookTest {
    private static final double LEARNING_RATE = 0.009;
    private static NotebookCells notebook;

    @BeforeAll
    static void runTheNotebookWithoutItsTraining() throws CellFailure {
        boolean[] training = {false}; // the cell that trains 100 epochs, and those using its network
        notebook = NotebookCells.run(
                Path.of("notebooks-port", "application.ipynb"),
                source -> !(training[0] |= source.contains("= model(")));
    }

    @AfterAll
    static void close() {
        notebook.close();
    }

    @Test
    void forwardPropagationConfiguresNotebookModelsNetwork() throws CellFailure {
        String json = (String) notebook.eval(
                "testResult(forwardPropagation(createPlaceholders(64, 64, 3, 6).X(),"
                        + " new Adam(testArg(0), 0.9, 0.999, 1e-8)).toJson());",
                LEARNING_RATE);
        MultiLayerConfiguration expected = NotebookModel.configuration(LEARNING_RATE, 3);
        assertThat(json).isEqualTo(expected.toJson());
        assertThat(MultiLayerConfiguration.fromJson(json)).isEqualTo(expected);
    }

    @Test
    void initializeParametersDrawsTensorFlowsW1AndW2() throws CellFailure {
        List<?> parameters = (List<?>)
                notebook.eval("var p = initializeParameters();\ntestResult(List.of(p.get(\"W1\"), p.get(\"W2\")));");
        TensorFlowWeights tensorFlow = TensorFlowWeights.notebook(TensorFlowWeights.NOTEBOOK_FC_OP_SEED);
        assertThat(parameters.get(0)).isEqualTo(tensorFlow.w1Hwio());
        assertThat(parameters.get(1)).isEqualTo(tensorFlow.w2Hwio());
    }

    @Test
    void theInitializedNetworkStartsFromTheWeightsSignsnetTrainsFrom() throws CellFailure {
        MultiLayerNetwork network = (MultiLayerNetwork)
                notebook.eval(
                        "testResult(initializedNetwork("
                                + "forwardPropagation(createPlaceholders(64, 64, 3, 6).X(), new Adam(0.009)), initializeParameters()));");
        assertThat(network.params())
                .isEqualTo(NotebookNetworks.create(TrainingConfig.notebookDefaults())
                        .params());
    }

    @Test
    void computeCostIsTheOutputLayersSoftmaxCrossEntropy() throws CellFailure {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        NumpyRandom random = new NumpyRandom(5);
        INDArray x = Nd4j.create(random.randn(3, 64, 64, 3), new long[] {3, 64, 64, 3}, 'c')
                .castTo(DataType.FLOAT);
        INDArray y = Nd4j.create(random.randn(3, 6), new long[] {3, 6}, 'c').castTo(DataType.FLOAT);
        double cost = (Double)
                notebook.eval("testResult(computeCost(testArg(0), testArg(1)));", NetworkLogits.of(network, x), y);
        assertThat(cost).isCloseTo(network.score(new DataSet(x, y), false), within(1e-5));
    }

    @Test
    void modelTrainsAsTheTrainerDoesPrintsTheCostAndPlotsIt() throws CellFailure {
        int epochs = 2;
        float[] accuracies = (float[]) notebook.eval(
                "var r = model(X_train, Y_train, X_test, Y_test, 0.009, testArg(0), 64, true);\n"
                        + "testResult(new float[] {r.train_accuracy(), r.test_accuracy()});",
                epochs);
        String printed = notebook.printed();

        SignsData data = new SignsDataLoader()
                .load(DataDirectoryResolver.fromSystem().resolve(null).directory());
        TrainingResult trainer =
                new Trainer().train(data, TrainingConfig.notebookDefaults().withEpochs(epochs));
        EpochRecord first = trainer.epochs().get(0);
        assertThat(printed).startsWith(String.format(Locale.ROOT, "Cost after epoch 0: %f%n", first.notebookCost()));
        assertThat(printed).contains("Train Accuracy: ", "Test Accuracy: ");
        assertThat((double) accuracies[0])
                .isCloseTo(trainer.trainAccuracy(), within(2.0 / data.train().size()));
        assertThat((double) accuracies[1])
                .isCloseTo(trainer.testAccuracy(), within(2.0 / data.test().size()));
        assertThat(notebook.displays())
                .last()
                .satisfies(plot -> assertThat(plot.decodedImage())
                        .hasValueSatisfying(
                                image -> assertThat(image.getWidth()).isEqualTo(NotebookDisplay.CHART_WIDTH)));
    }
}
