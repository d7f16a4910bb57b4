package org.signsnet.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Bad checkpoints for {@code train --resume}: truncated and bit-flipped checkpoint zips, foreign
 * zips, model zips that are no checkpoint, damaged DL4J entries and a broken checkpoint JSON.
 */
final class BadCheckpointInputs {
    private static final String JSON = "signsnet-checkpoint.json";
    private static final Set<Integer> MODEL = Set.of(4);
    private static final Set<Integer> MODEL_OR_OK = Set.of(0, 4);
    /** A changed JSON may still be a valid checkpoint with other settings: it may then be rejected as usage or data. */
    private static final Set<Integer> ANY_HANDLED = Set.of(0, 2, 3, 4);
    /**
     * A flipped byte in the parameters or the Adam state may leave a readable checkpoint whose
     * network predicts NaN or whose training diverges: a NUMERIC error.
     */
    private static final Set<Integer> ANY_HANDLED_OR_NUMERIC = Set.of(0, 2, 3, 4, 6);

    private final Path checkpoint;
    private final Path model;
    private final Path data;
    private final byte[] bytes;
    private final String json;
    private final Random random;

    BadCheckpointInputs(Path goodRun, Path data, long seed) throws IOException {
        this.checkpoint = goodRun.resolve("checkpoints/epoch-0001.zip");
        this.model = goodRun.resolve("model.zip");
        this.data = data;
        this.bytes = Files.readAllBytes(checkpoint);
        this.json = new String(Bytes.readZip(checkpoint).get(JSON), StandardCharsets.UTF_8);
        this.random = new Random(seed);
    }

    List<FuzzCase> all() {
        List<FuzzCase> cases = new ArrayList<>();
        truncations(cases, 40);
        flips(cases, 220);
        jsonFlips(cases, 40);
        jsonEdits(cases);
        structural(cases);
        return cases;
    }

    private String[] resume(Path dir) {
        return new String[] {
            "train",
            "--resume",
            dir.resolve("run").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--data",
            data.toString()
        };
    }

    private FuzzCase checkpointCase(String family, String name, Set<Integer> allowed, byte[] content) {
        return FuzzCase.of(family, name, allowed, dir -> {
            Bytes.write(dir.resolve("run/checkpoints/epoch-0001.zip"), content);
            return resume(dir);
        });
    }

    private void truncations(List<FuzzCase> cases, int count) {
        List<Integer> lengths = new ArrayList<>(List.of(0, 1, 2, 4, 22, 30, bytes.length - 22, bytes.length - 1));
        for (int i = 0; i < count - lengths.size() + 8; i++) {
            lengths.add(random.nextInt(bytes.length));
        }
        for (int length : lengths) {
            cases.add(checkpointCase("checkpoint-truncated", "cut at " + length, MODEL, Bytes.truncate(bytes, length)));
        }
    }

    private void flips(List<FuzzCase> cases, int count) {
        for (int i = 0; i < count; i++) {
            int n = 1 + random.nextInt(2);
            int[] positions = new int[n];
            int[] masks = new int[n];
            for (int j = 0; j < n; j++) {
                positions[j] = random.nextInt(bytes.length);
                masks[j] = 1 + random.nextInt(255);
            }
            cases.add(checkpointCase(
                    "checkpoint-flipped",
                    "bytes " + Arrays.toString(positions),
                    ANY_HANDLED_OR_NUMERIC,
                    Bytes.flip(bytes, positions, masks)));
        }
    }

    private void jsonFlips(List<FuzzCase> cases, int count) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            int p = random.nextInt(text.length);
            byte[] changed = Bytes.flip(text, new int[] {p}, new int[] {1 + random.nextInt(127)});
            cases.add(checkpointCase(
                    "checkpoint-json",
                    "json byte " + p + " flipped",
                    ANY_HANDLED,
                    Bytes.withEntry(checkpoint, JSON, old -> changed)));
        }
    }

    private void jsonEdits(List<FuzzCase> cases) {
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("empty", "");
        edits.put("null", "null");
        edits.put("array", "[]");
        edits.put("empty object", "{}");
        edits.put("string", "\"checkpoint\"");
        edits.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
        edits.put("huge string", "{\"format\": \"" + "x".repeat(2_000_000) + "\"}");
        edits.put("format 2", json.replace("\"format\" : 1", "\"format\" : 2"));
        edits.put("format string", json.replace("\"format\" : 1", "\"format\" : \"one\""));
        edits.put("no format", json.replace("\"format\" : 1,", ""));
        edits.put("config null", json.replaceFirst("\"config\" : \\{[^}]*}", "\"config\" : null"));
        edits.put("config missing", json.replaceFirst("\"config\" : \\{[^}]*},", ""));
        edits.put("epochs 0", json.replace("\"epochs\" : 1,", "\"epochs\" : 0,"));
        edits.put("epochs -3", json.replace("\"epochs\" : 1,", "\"epochs\" : -3,"));
        edits.put("epochs huge", json.replace("\"epochs\" : 1,", "\"epochs\" : 99999999999999,"));
        edits.put("epochs string", json.replace("\"epochs\" : 1,", "\"epochs\" : \"one\","));
        edits.put("epochs 3 (valid: trains 2 more)", json.replace("\"epochs\" : 1,", "\"epochs\" : 3,"));
        edits.put("learning rate 0", json.replaceFirst("\"learningRate\" : [0-9.eE-]+", "\"learningRate\" : 0"));
        edits.put("learning rate NaN", json.replaceFirst("\"learningRate\" : [0-9.eE-]+", "\"learningRate\" : NaN"));
        edits.put(
                "learning rate 1e999", json.replaceFirst("\"learningRate\" : [0-9.eE-]+", "\"learningRate\" : 1e999"));
        edits.put(
                "batch size 1000 (larger than the data)",
                json.replaceFirst("\"batchSize\" : \\d+", "\"batchSize\" : 1000"));
        edits.put("preset unknown", json.replace("\"NOTEBOOK\"", "\"HUGE\""));
        edits.put("init unknown", json.replace("\"TF\"", "\"ZEROS\""));
        edits.put("seed negative", json.replaceFirst("\"seed\" : \\d+", "\"seed\" : -1"));
        edits.put("extra field", json.replaceFirst("\\{", "{ \"extra\" : 1,"));
        edits.put(
                "no completed epochs",
                json.replaceFirst("\"completed_epochs\" : \\[[^\\]]*]", "\"completed_epochs\" : []"));
        edits.put(
                "completed epochs null",
                json.replaceFirst("\"completed_epochs\" : \\[[^\\]]*]", "\"completed_epochs\" : null"));
        edits.put("epoch index 5", json.replaceFirst("\"epoch\" : 0", "\"epoch\" : 5"));
        edits.put("cost NaN", json.replaceFirst("\"notebookCost\" : [0-9.eE-]+", "\"notebookCost\" : \"NaN\""));
        edits.put("cost string", json.replaceFirst("\"notebookCost\" : [0-9.eE-]+", "\"notebookCost\" : \"low\""));
        edits.put("seconds negative", json.replaceFirst("\"seconds\" : [0-9.eE-]+", "\"seconds\" : -1"));
        edits.put(
                "two records",
                json.replaceFirst("\"completed_epochs\" : \\[([^\\]]*)]", "\"completed_epochs\" : [$1, $1]"));
        edits.put(
                "data checksums of other data (data error)",
                json.replaceAll("\"[0-9a-f]{64}\"", "\"" + "0".repeat(64) + "\""));
        edits.put("data checksums null", json.replaceFirst("\"data_sha256\" : \\{[^}]*}", "\"data_sha256\" : null"));
        edits.put("trailing garbage", json + "}}}");
        edits.put("not UTF-8", "\u00ff\u00fe" + json);
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            byte[] changed = edit.getValue()
                    .getBytes(edit.getKey().equals("not UTF-8") ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
            cases.add(checkpointCase(
                    "checkpoint-json", edit.getKey(), ANY_HANDLED, Bytes.withEntry(checkpoint, JSON, old -> changed)));
        }
        cases.add(checkpointCase(
                "checkpoint-json",
                "json entry removed (a plain model zip)",
                MODEL,
                Bytes.withEntry(checkpoint, JSON, old -> null)));
    }

    private void structural(List<FuzzCase> cases) {
        entry(cases, "coefficients.bin removed", "coefficients.bin", old -> null);
        entry(cases, "configuration.json removed", "configuration.json", old -> null);
        entry(cases, "coefficients.bin empty", "coefficients.bin", old -> new byte[0]);
        entry(cases, "coefficients.bin random", "coefficients.bin", old -> randomBytes(old.length));
        entry(cases, "coefficients.bin halved", "coefficients.bin", old -> Arrays.copyOf(old, old.length / 2));
        entry(cases, "coefficients.bin header claims 2^40 values", "coefficients.bin", BadCheckpointInputs::hugeLength);
        entry(cases, "updaterState.bin random", "updaterState.bin", old -> randomBytes(old.length));
        entry(cases, "updaterState.bin removed (no Adam state)", "updaterState.bin", old -> null);
        entry(
                cases,
                "configuration.json garbage",
                "configuration.json",
                old -> "{not json".getBytes(StandardCharsets.UTF_8));
        entry(
                cases,
                "configuration.json empty object",
                "configuration.json",
                old -> "{}".getBytes(StandardCharsets.UTF_8));
        entry(
                cases,
                "configuration.json of another network",
                "configuration.json",
                old -> new String(old, StandardCharsets.UTF_8)
                        .replaceFirst("\"nout\" : 6", "\"nout\" : 7")
                        .getBytes(StandardCharsets.UTF_8));
        entry(cases, "configuration.json truncated", "configuration.json", old -> Arrays.copyOf(old, old.length / 3));
        entry(
                cases,
                "300 MB of zeros as coefficients (zip bomb)",
                "coefficients.bin",
                old -> new byte[300 * 1024 * 1024]);
        cases.add(checkpointCase("checkpoint-structure", "empty file", MODEL, new byte[0]));
        cases.add(checkpointCase(
                "checkpoint-structure", "text file", MODEL, "not a zip\n".getBytes(StandardCharsets.UTF_8)));
        cases.add(checkpointCase("checkpoint-structure", "empty zip", MODEL, Bytes.writeZip(Map.of())));
        cases.add(checkpointCase(
                "checkpoint-structure",
                "zip of text files",
                MODEL,
                Bytes.writeZip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))));
        cases.add(checkpointCase("checkpoint-structure", "one random byte", MODEL, randomBytes(1)));
        cases.add(FuzzCase.of("checkpoint-structure", "model.zip (no checkpoint JSON) as checkpoint", MODEL, dir -> {
            Bytes.write(dir.resolve("run/checkpoints/epoch-0001.zip"), Files.readAllBytes(model));
            return resume(dir);
        }));
        cases.add(FuzzCase.of("checkpoint-structure", "checkpoint named epoch-0002 (wrong epoch count)", MODEL, dir -> {
            Bytes.write(dir.resolve("run/checkpoints/epoch-0002.zip"), bytes);
            return resume(dir);
        }));
        cases.add(FuzzCase.of("checkpoint-structure", "checkpoint is a directory", MODEL, dir -> {
            Files.createDirectories(dir.resolve("run/checkpoints/epoch-0001.zip"));
            return resume(dir);
        }));
        cases.add(FuzzCase.of("checkpoint-structure", "checkpoint is /dev/zero", MODEL, dir -> {
            Files.createDirectories(dir.resolve("run/checkpoints"));
            Files.createSymbolicLink(dir.resolve("run/checkpoints/epoch-0001.zip"), Path.of("/dev/zero"));
            return resume(dir);
        }));
        cases.add(FuzzCase.of("checkpoint-structure", "no checkpoints directory", MODEL, dir -> {
            Files.createDirectories(dir.resolve("run"));
            return resume(dir);
        }));
        cases.add(FuzzCase.of("checkpoint-structure", "only files with other names", MODEL, dir -> {
            Bytes.write(dir.resolve("run/checkpoints/epoch-1.zip"), bytes);
            Bytes.write(dir.resolve("run/checkpoints/latest.zip"), bytes);
            return resume(dir);
        }));
        cases.add(FuzzCase.of("checkpoint-structure", "checkpoints is a file", MODEL, dir -> {
            Bytes.write(dir.resolve("run/checkpoints"), bytes);
            return resume(dir);
        }));
        cases.add(FuzzCase.of("checkpoint-structure", "--resume directory missing", Set.of(5), this::resume));
        cases.add(FuzzCase.of("checkpoint-structure", "--resume is a file", Set.of(5), dir -> {
            Bytes.write(dir.resolve("run"), bytes);
            return resume(dir);
        }));
        cases.add(FuzzCase.of("checkpoint-structure", "--resume with a conflicting --lr", Set.of(2), dir -> {
            Bytes.write(dir.resolve("run/checkpoints/epoch-0001.zip"), bytes);
            String[] args = resume(dir);
            String[] more = Arrays.copyOf(args, args.length + 2);
            more[args.length] = "--lr";
            more[args.length + 1] = "0.5";
            return more;
        }));
        cases.add(FuzzCase.of(
                "checkpoint-structure", "--resume with --epochs below the completed ones", Set.of(2), dir -> {
                    Bytes.write(dir.resolve("run/checkpoints/epoch-0001.zip"), bytes);
                    String[] args = resume(dir);
                    String[] more = Arrays.copyOf(args, args.length + 2);
                    more[args.length] = "--epochs";
                    more[args.length + 1] = "0";
                    return more;
                }));
    }

    private void entry(List<FuzzCase> cases, String name, String entry, UnaryOperator<byte[]> change) {
        cases.add(checkpointCase("checkpoint-structure", name, MODEL, Bytes.withEntry(checkpoint, entry, change)));
    }

    private byte[] randomBytes(int length) {
        byte[] b = new byte[Math.max(length, 1)];
        random.nextBytes(b);
        return b;
    }

    /** ND4J's binary array header starts with lengths; make every int in the first 64 bytes huge. */
    private static byte[] hugeLength(byte[] old) {
        byte[] b = old.clone();
        for (int i = 0; i + 4 <= Math.min(64, b.length); i += 4) {
            b[i] = 0x7f;
        }
        return b;
    }
}
