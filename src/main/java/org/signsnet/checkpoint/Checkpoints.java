package org.signsnet.checkpoint;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.io.AtomicFiles;
import org.signsnet.io.FailureText;
import org.signsnet.io.Json;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.TrainingConfig;
import org.signsnet.nn.FastNetwork;
import org.signsnet.training.EpochRecord;

/**
 * The checkpoints of one output directory, {@code OUT/checkpoints/epoch-NNNN.zip} where NNNN is the
 * number of completed epochs. Each is written atomically; the newest {@value #KEEP} are kept.
 */
public final class Checkpoints {
    /** Sub-directory of the output directory. */
    public static final String DIRECTORY = "checkpoints";
    /** How many checkpoints are kept. */
    public static final int KEEP = 2;

    private static final Pattern NAME = Pattern.compile("epoch-(\\d{4,6})\\.zip");
    private static final ObjectReader READER = Json.mapper()
            .readerFor(CheckpointState.class)
            .with(
                    DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path directory;

    private Checkpoints(Path directory) {
        this.directory = directory;
    }

    /** The checkpoints of the run whose output directory is {@code outDir}. */
    public static Checkpoints in(Path outDir) {
        return new Checkpoints(outDir.resolve(DIRECTORY));
    }

    public Path directory() {
        return directory;
    }

    /** The file name of the checkpoint after {@code completedEpochs} epochs. */
    public static String fileName(int completedEpochs) {
        return String.format(Locale.ROOT, "epoch-%04d.zip", completedEpochs);
    }

    /**
     * Writes the checkpoint after {@code completed.size()} epochs atomically, then deletes all but
     * the newest {@value #KEEP}. Returns the new file.
     */
    public Path save(
            MultiLayerNetwork network,
            TrainingConfig config,
            List<EpochRecord> completed,
            Map<String, String> dataSha256) {
        Path target = directory.resolve(fileName(completed.size()));
        String json = Json.write(new CheckpointState(CheckpointState.FORMAT, config, completed, dataSha256));
        AtomicFiles.write(
                target,
                tmp -> ModelStore.writeZip(
                        network, Map.of(CheckpointState.ENTRY, json.getBytes(StandardCharsets.UTF_8)), tmp));
        prune();
        return target;
    }

    /** The checkpoint files, oldest first (files whose names do not match are ignored). */
    public List<Path> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> epochOf(p) >= 0)
                    .sorted(Comparator.comparingInt(Checkpoints::epochOf))
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw SignsnetException.io("cannot list checkpoints in " + directory + ": " + FailureText.of(e), e);
        }
    }

    /**
     * The newest checkpoint that loads and is consistent; older ones are tried when a newer one is
     * damaged (each skipped file is reported to {@code warnings} once an older one did load). Fails
     * with a MODEL error when there is none.
     */
    public Checkpoint latest(Consumer<String> warnings) {
        List<Path> files = new ArrayList<>(files());
        if (files.isEmpty()) {
            throw new SignsnetException(
                    ErrorKind.MODEL,
                    "no checkpoint in " + directory
                            + "; --resume needs the --out directory of an interrupted 'signsnet train' run");
        }
        List<SignsnetException> skipped = new ArrayList<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            try {
                Checkpoint checkpoint = load(files.get(i));
                skipped.forEach(e -> warnings.accept("skipping damaged checkpoint: " + e.getMessage()));
                return checkpoint;
            } catch (SignsnetException e) {
                skipped.add(e);
            }
        }
        SignsnetException newest = skipped.get(0);
        throw new SignsnetException(
                newest.kind(), "no usable checkpoint in " + directory + ": " + newest.getMessage(), newest);
    }

    /** Loads one checkpoint file; a damaged or foreign file is a MODEL error naming it. */
    public Checkpoint load(Path file) {
        int epochs = epochOf(file);
        if (epochs < 0) {
            throw invalid(file, "its name is not epoch-NNNN.zip");
        }
        FastNetwork loaded = ModelStore.load(file, "checkpoint");
        CheckpointState state = readState(file);
        String problem = state.problem(epochs);
        if (problem != null) {
            throw invalid(file, problem);
        }
        checkNetwork(file, loaded, state.config());
        MultiLayerNetwork network = state.config().preset().fastLayers() ? loaded : loaded.withStockLayers();
        return new Checkpoint(file, state.config(), state.completedEpochs(), state.dataSha256(), network);
    }

    private static CheckpointState readState(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(ModelStore.UPDATER_STATE) == null) {
                throw invalid(
                        file,
                        "it has no " + ModelStore.UPDATER_STATE + " (the Adam state), so training could not continue"
                                + " exactly");
            }
            ZipEntry entry = zip.getEntry(CheckpointState.ENTRY);
            if (entry == null) {
                throw invalid(file, "it has no " + CheckpointState.ENTRY + " (a model.zip is not a checkpoint)");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                CheckpointState state = READER.readValue(in);
                if (state == null) {
                    throw invalid(file, CheckpointState.ENTRY + " is empty");
                }
                return state;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SignsnetException se) {
                throw se;
            }
            throw invalid(file, CheckpointState.ENTRY + " is not valid (" + FailureText.of(e) + ")");
        }
    }

    /** The restored network must be the one the configuration describes, with finite parameters. */
    private static void checkNetwork(Path file, MultiLayerNetwork network, TrainingConfig config) {
        MultiLayerNetwork expected =
                new MultiLayerNetwork(config.preset().configuration(config, NotebookNetworks.classes(network)));
        expected.init();
        INDArray params = network.params();
        if (params == null
                || network.getnLayers() != expected.getnLayers()
                || params.length() != expected.numParams()) {
            throw invalid(
                    file,
                    "its network is not the " + config.preset().name().toLowerCase(Locale.ROOT)
                            + " network of its configuration");
        }
        if (BooleanIndexing.or(params, Conditions.isNan()) || BooleanIndexing.or(params, Conditions.isInfinite())) {
            throw invalid(file, "its parameters contain NaN or infinity");
        }
    }

    /**
     * Copies {@code checkpoint} into this directory (atomically) unless it is already here, so that
     * a run resumed into another output directory has its starting point there too.
     */
    public void adopt(Checkpoint checkpoint) {
        Path target = directory.resolve(checkpoint.file().getFileName());
        if (Files.exists(target)) {
            return;
        }
        AtomicFiles.write(target, tmp -> Files.copy(checkpoint.file(), tmp, StandardCopyOption.REPLACE_EXISTING));
    }

    /** Deletes the checkpoints of more than {@code epochs} epochs (a previous run's, or damaged newer ones). */
    public void deleteAfter(int epochs) {
        for (Path file : files()) {
            if (epochOf(file) > epochs) {
                delete(file);
            }
        }
    }

    private void prune() {
        List<Path> files = files();
        for (int i = 0; i < files.size() - KEEP; i++) {
            delete(files.get(i));
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw SignsnetException.io("cannot delete old checkpoint " + file + ": " + FailureText.of(e), e);
        }
    }

    /** The number of completed epochs in a checkpoint's file name, -1 when it is not one. */
    static int epochOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static SignsnetException invalid(Path file, String why) {
        return new SignsnetException(ErrorKind.MODEL, "checkpoint " + file + " is not usable: " + why);
    }
}
