package org.signsnet.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.SignsnetException;
import org.signsnet.data.ClassNames;
import org.signsnet.io.AbsentPaths;
import org.signsnet.io.AtomicFiles;
import org.signsnet.io.FailureText;
import org.signsnet.io.Json;
import org.signsnet.nn.FastNetwork;

/**
 * Saves and loads trained networks as DL4J {@link ModelSerializer} zips (with the Adam state, so a
 * saved model can keep training, and the names of its classes in {@value #CLASS_NAMES}), each with
 * its {@link Provenance} in {@code NAME.provenance.json}.
 * The zips name only DL4J's own classes, so any DL4J program loads them with
 * {@code ModelSerializer.restoreMultiLayerNetwork}; signsnet loads them as a {@link FastNetwork}, and
 * also reads the zips of signsnet 0.1, which named its own layer classes ({@link LegacyLayers}).
 */
public final class ModelStore {
    /** The zip entry where {@link ModelSerializer} keeps the updater (Adam) state. */
    public static final String UPDATER_STATE = "updaterState.bin";

    /**
     * The zip entry with the names of the network's classes, a JSON array of strings in the order
     * of its outputs ({@code ["fist", "one", "two"]}); a zip without it has SIGNS' numbered classes.
     */
    public static final String CLASS_NAMES = "class_names.json";

    private ModelStore() {}

    /** Writes {@code network}, whose classes are numbered ({@code "0"} to {@code "5"} for SIGNS), and its provenance. */
    public static void save(MultiLayerNetwork network, Provenance provenance, Path target) {
        save(network, ClassNames.numbered(NotebookNetworks.classes(network)), provenance, target);
    }

    /**
     * Writes {@code network} and the names of its classes to {@code target} and its provenance
     * beside it, each atomically.
     */
    public static void save(MultiLayerNetwork network, ClassNames classes, Provenance provenance, Path target) {
        if (classes.size() != NotebookNetworks.classes(network)) {
            throw new IllegalArgumentException(
                    classes.size() + " class names for a network of " + NotebookNetworks.classes(network) + " outputs");
        }
        byte[] names = Json.write(classes.names()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, tmp -> writeZip(network, Map.of(CLASS_NAMES, names), tmp));
        Json.writeFile(provenancePath(target), provenance);
    }

    /**
     * {@link ModelSerializer}'s zip of {@code network} (with its updater state) and {@code entries}
     * more, written in one pass into {@code file} (a zip file system would leave its own temporary
     * file behind when killed). DL4J reads such a zip as usual and ignores the other entries.
     */
    public static void writeZip(MultiLayerNetwork network, Map<String, byte[]> entries, Path file) throws IOException {
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, model, true);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    /**
     * The names of the classes of {@code network}, loaded from {@code source}: those saved with it,
     * or {@code "0"}, {@code "1"}, ... for a zip without them (a model of SIGNS saved before names
     * were kept, or by another DL4J program). Names that do not fit the network are a MODEL error.
     */
    public static ClassNames classNames(Path source, MultiLayerNetwork network) {
        int outputs = NotebookNetworks.classes(network);
        byte[] json;
        try (ZipFile zip = new ZipFile(source.toFile())) {
            if (zip.getEntry(CLASS_NAMES) == null) {
                return ClassNames.numbered(outputs);
            }
            json = entry(zip, CLASS_NAMES);
        } catch (IOException e) {
            throw SignsnetException.io(
                    "cannot read model file " + source + ": " + e.getClass().getSimpleName(), e);
        }
        List<String> names;
        try {
            names = Arrays.asList(Json.mapper().readValue(json, String[].class));
        } catch (IOException | RuntimeException e) {
            throw SignsnetException.model(
                    "model file " + source + " has a damaged " + CLASS_NAMES + " (expected a JSON array of names)", e);
        }
        String problem = names.contains(null) ? "a class name is missing" : ClassNames.problem(names);
        if (problem == null && names.size() != outputs) {
            problem = "it names " + names.size() + " classes but the network has " + outputs + " outputs";
        }
        if (problem != null) {
            throw SignsnetException.model("model file " + source + ": " + CLASS_NAMES + " is wrong: " + problem, null);
        }
        return new ClassNames(names);
    }

    /** {@code model.zip} → {@code model.provenance.json}. */
    public static Path provenancePath(Path model) {
        String name = model.getFileName().toString();
        String stem = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return model.resolveSibling(stem + ".provenance.json");
    }

    /**
     * Reads the zip as {@code ModelSerializer.restoreMultiLayerNetwork(file, true)} does (configuration,
     * parameters, updater state) into a {@link FastNetwork}, and checks that signsnet can run it
     * ({@link NetworkCheck}); {@code subject} names the file in errors.
     */
    private static FastNetwork read(Path source, String subject) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile())) {
            String json = LegacyLayers.migrate(new String(entry(zip, ModelZip.CONFIGURATION), StandardCharsets.UTF_8));
            NetworkCheck.checkLayerStack(subject, Json.mapper().readTree(json));
            MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(json);
            INDArray params = array(entry(zip, ModelZip.COEFFICIENTS));
            conf.setDataType(params.dataType());
            FastNetwork network = new FastNetwork(conf);
            network.init(params, false);
            if (zip.getEntry(UPDATER_STATE) != null) {
                network.getUpdater().setStateViewArray(network, array(entry(zip, UPDATER_STATE)), false);
            }
            // A damaged or foreign network fails here rather than in the command that uses it.
            NetworkCheck.check(subject, network);
            return network;
        }
    }

    private static byte[] entry(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static INDArray array(byte[] bytes) throws IOException {
        String problem = ModelZip.arrayProblem(bytes);
        if (problem != null) {
            throw new IOException(problem);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return Nd4j.read(in);
        }
    }

    /**
     * Loads a network saved by {@link #save}; a missing, unreadable or foreign file, or a network
     * signsnet cannot run ({@link NetworkCheck}: NaN parameters, another input shape, no softmax
     * output), is a MODEL error.
     */
    public static FastNetwork load(Path source) {
        return load(source, "model file");
    }

    /**
     * Loads a network saved with its updater state, naming the file as {@code what} (e.g.
     * "checkpoint") in errors: a missing, damaged or foreign file is a MODEL error, an unreadable
     * one an IO error. The zip is checked entry by entry (CRC, sizes) before DL4J reads it.
     */
    public static FastNetwork load(Path source, String what) {
        if (!Files.isRegularFile(source)) {
            throw SignsnetException.model(
                    what + " " + source
                            + (Files.isDirectory(source)
                                    ? " is a directory, expected a model .zip written by 'signsnet train'"
                                    : Files.exists(source)
                                            ? " is not a regular file, expected a model .zip written by 'signsnet train'"
                                            : " " + AbsentPaths.why(source)
                                                    + "; train one with 'signsnet train' (it writes reports/model.zip)"),
                    null);
        }
        if (!Files.isReadable(source)) {
            throw SignsnetException.io(what + " " + source + " is not readable (check its permissions)", null);
        }
        String problem = ModelZip.problem(source);
        if (problem != null) {
            throw SignsnetException.model(
                    what + " " + source + " is not a signsnet/DL4J model zip (" + problem
                            + "); expected a model .zip written by 'signsnet train'",
                    null);
        }
        try {
            return read(source, what + " " + source);
        } catch (SignsnetException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw SignsnetException.model(
                    what + " " + source + " is not a signsnet/DL4J model zip (" + FailureText.of(e)
                            + "); expected a model .zip written by 'signsnet train'",
                    e);
        }
    }
}
