package org.signsnet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.signsnet.data.DataChecksums;
import org.signsnet.data.DataVerification;
import org.signsnet.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet data verify}: the data directory in use and whether each file is the original. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Show the SIGNS data directory in use, how it was found, and whether each file is the"
                    + " course's original, signsnet's reconstruction or unknown (by checksum).",
            "Unknown files are reported, not refused: they may be your own copy."
        })
public final class VerifyDataCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private VerboseOption verbose;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        DataVerification verification = DataVerification.of(data.resolveCandidate());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.write(asJson(verification)) + System.lineSeparator() : text(verification));
        out.flush();
        return 0;
    }

    static String text(DataVerification verification) {
        StringBuilder text = new StringBuilder();
        text.append("data directory: ")
                .append(DisplayPaths.of(verification.directory().directory()))
                .append(" (")
                .append(verification.directory().origin())
                .append(")\n");
        for (DataChecksums.Identity file : verification.files()) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-15s %-14s %,11d bytes  sha256 %s%n",
                    file.file().getFileName(),
                    label(file.provenance()),
                    file.size(),
                    file.sha256()));
        }
        if (!verification.allOriginal()) {
            text.append("See data/README.md for what the reconstruction is; 'signsnet data install FILE|URL'"
                    + " installs the original train_signs.h5 where you have it.\n");
        }
        return text.toString();
    }

    private static String label(DataChecksums.Provenance provenance) {
        return provenance.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> asJson(DataVerification verification) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("directory", verification.directory().directory().toString());
        json.put("found_by", verification.directory().origin());
        List<Map<String, Object>> files = verification.files().stream()
                .map(f -> {
                    Map<String, Object> file = new LinkedHashMap<>();
                    file.put("file", f.file().getFileName().toString());
                    file.put("provenance", label(f.provenance()));
                    file.put("bytes", f.size());
                    file.put("sha256", f.sha256());
                    file.put("git_blob", f.gitBlob());
                    return file;
                })
                .toList();
        json.put("files", files);
        return json;
    }
}
