package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.checkpoint.Checkpoint;
import org.signsnet.checkpoint.Checkpoints;
import org.signsnet.nn.FastConvolution;
import org.signsnet.nn.FastMaxPooling;
import org.signsnet.nn.FastNetwork;

/**
 * signsnet's model files are DL4J's own: a {@code model.zip} names only DL4J classes, a DL4J program
 * without any signsnet class on its class path loads it and predicts what signsnet predicts, and
 * signsnet loads it onto its fast layers. The files of signsnet 0.1, which named its own layer
 * classes, still load.
 */
class ModelFilesTest {
    private static final Path LEGACY = resource("legacy");

    @Test
    void aPlainDl4jProgramLoadsTheModelAndPredictsTheSame(@TempDir Path dir) throws Exception {
        TrainingConfig config = TrainingConfig.notebookDefaults();
        MultiLayerNetwork trained = NotebookNetworks.create(config);
        assertThat(trained).isInstanceOf(FastNetwork.class);
        INDArray images = Nd4j.rand(
                DataType.FLOAT, 5, NotebookModel.IMAGE_SIZE, NotebookModel.IMAGE_SIZE, NotebookModel.CHANNELS);
        INDArray labels = Nd4j.eye(6).getRows(0, 1, 2, 3, 4).castTo(DataType.FLOAT);
        trained.fit(images, labels);
        Path model = dir.resolve("model.zip");
        ModelStore.save(trained, Provenance.of(config, Map.of()), model);
        assertThat(entry(model, "configuration.json")).doesNotContain("org.signsnet");

        Path imagesFile = dir.resolve("images.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(imagesFile))) {
            Nd4j.write(images, out);
        }
        List<String> lines = runWithoutSignsnet(model, imagesFile, dir);
        assertThat(lines.get(0)).isEqualTo(org.deeplearning4j.nn.layers.convolution.ConvolutionLayer.class.getName());

        FastNetwork loaded = ModelStore.load(model);
        assertThat(loaded.getLayer(NotebookModel.CONV1)).isInstanceOf(FastConvolution.class);
        assertThat(loaded.getLayer(NotebookModel.POOL1)).isInstanceOf(FastMaxPooling.class);
        INDArray expected = loaded.output(images);
        for (int i = 0; i < 5; i++) {
            double[] plain = Arrays.stream(lines.get(i + 1).split(" "))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            double[] fast = expected.getRow(i).toDoubleVector();
            for (int k = 0; k < 6; k++) {
                assertThat(plain[k])
                        .as("image %d class %d", i, k)
                        .isCloseTo(fast[k], org.assertj.core.data.Offset.offset(1e-5));
            }
            assertThat(argmax(plain)).as("predicted class of image %d", i).isEqualTo(argmax(fast));
        }
        assertThat(loaded.params()).isEqualTo(trained.params());
        assertThat(loaded.getUpdater().getStateViewArray())
                .isEqualTo(trained.getUpdater().getStateViewArray());
    }

    @Test
    void signsnet01ModelsLoadOntoDl4jLayerClasses() throws Exception {
        Path model = LEGACY.resolve("round1-model.zip");
        assertThat(entry(model, "configuration.json")).contains("org.signsnet.nn.FastConvolutionLayer");
        FastNetwork loaded = ModelStore.load(model);
        assertThat(loaded.getLayerWiseConfigurations()
                        .getConf(NotebookModel.CONV1)
                        .getLayer()
                        .getClass())
                .isEqualTo(ConvolutionLayer.class);
        assertThat(loaded.getLayerWiseConfigurations()
                        .getConf(NotebookModel.POOL1)
                        .getLayer()
                        .getClass())
                .isEqualTo(SubsamplingLayer.class);
        assertThat(loaded.getLayerWiseConfigurations().toJson()).doesNotContain("org.signsnet");
        assertThat(loaded.params()).isEqualTo(array(model, "coefficients.bin"));
        assertThat(loaded.getUpdater().getStateViewArray()).isEqualTo(array(model, "updaterState.bin"));

        MultiLayerNetwork stock = loaded.withStockLayers();
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 64, 64, 3);
        org.signsnet.testing.CloseArrays.assertClose("output", loaded.output(x), stock.output(x), 2e-5);
    }

    @Test
    void signsnet01CheckpointsStillResume(@TempDir Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(Checkpoints.DIRECTORY)).resolve("epoch-0002.zip");
        Files.copy(LEGACY.resolve("round1-epoch-0002.zip"), copy);
        Checkpoint checkpoint = Checkpoints.in(dir).load(copy);
        assertThat(checkpoint.completedEpochs()).hasSize(2);
        assertThat(checkpoint.network()).isInstanceOf(FastNetwork.class);
        assertThat(checkpoint.network().params()).isEqualTo(array(copy, "coefficients.bin"));
    }

    /** Runs PlainDl4jPredict in a JVM whose class path holds the dependencies but no signsnet class. */
    private static List<String> runWithoutSignsnet(Path model, Path images, Path dir) throws Exception {
        String classPath = Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("classes") && !entry.endsWith("classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).doesNotContain("target" + File.separator + "classes");
        Path out = dir.resolve("plain.out");
        Path err = dir.resolve("plain.err");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath,
                        resource("plain-dl4j").resolve("PlainDl4jPredict.java").toString(),
                        model.toString(),
                        images.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS))
                .as("plain DL4J program finished")
                .isTrue();
        assertThat(process.exitValue())
                .as("exit code; stderr: %s", Files.readString(err))
                .isZero();
        return Files.readAllLines(out).stream()
                .filter(l -> l.startsWith("result: "))
                .map(l -> l.substring("result: ".length()))
                .toList();
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            best = values[k] > values[best] ? k : best;
        }
        return best;
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile());
                InputStream in = file.getInputStream(file.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static INDArray array(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile());
                DataInputStream in = new DataInputStream(file.getInputStream(file.getEntry(name)))) {
            return Nd4j.read(in);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(ModelFilesTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
