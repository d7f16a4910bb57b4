package org.signsnet.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * DL4J model zips that are valid files but not networks signsnet can run: another program's
 * networks (a dense MNIST classifier, a ComputationGraph) and a signsnet model whose parameters
 * became NaN or finite garbage.
 */
final class ForeignModels {
    private ForeignModels() {}

    /** {@code model} with every parameter NaN, as a diverged run would leave it. */
    static Path nanParameters(Path model, Path dir) throws IOException {
        MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(model.toFile(), true);
        network.params().assign(Float.NaN);
        return save(network, dir.resolve("nan-model.zip"));
    }

    /** {@code model} with finite parameters of absurd size, as random bytes read as floats are. */
    static Path hugeParameters(Path model, Path dir) throws IOException {
        MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(model.toFile(), true);
        network.params().assign(3.0e29f);
        return save(network, dir.resolve("huge-model.zip"));
    }

    /** The classic MNIST network: 784 inputs, a dense layer, a 10-class softmax. */
    static Path denseMnist(Path dir) throws IOException {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(1)
                .list()
                .layer(new DenseLayer.Builder()
                        .nIn(784)
                        .nOut(16)
                        .activation(Activation.RELU)
                        .build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.NEGATIVELOGLIKELIHOOD)
                        .nIn(16)
                        .nOut(10)
                        .activation(Activation.SOFTMAX)
                        .build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return save(network, dir.resolve("mnist.zip"));
    }

    /** A two-layer ComputationGraph. */
    static Path computationGraph(Path dir) throws IOException {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(1)
                .graphBuilder()
                .addInputs("in")
                .addLayer("dense", new DenseLayer.Builder().nIn(4).nOut(3).build(), "in")
                .addLayer(
                        "out",
                        new OutputLayer.Builder()
                                .nIn(3)
                                .nOut(2)
                                .activation(Activation.SOFTMAX)
                                .build(),
                        "dense")
                .setOutputs("out")
                .build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        Path file = dir.resolve("graph.zip");
        ModelSerializer.writeModel(graph, file.toFile(), true);
        return file;
    }

    private static Path save(MultiLayerNetwork network, Path file) throws IOException {
        ModelSerializer.writeModel(network, file.toFile(), true);
        return file;
    }
}
