package org.signsnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.signsnet.SignsnetException;
import org.signsnet.checkpoint.Checkpoint;
import org.signsnet.model.TrainingConfig;
import picocli.CommandLine.ParseResult;

/**
 * The configuration of {@code train --resume DIR}: the checkpoint's. Only {@code --epochs} may
 * change it (to a total of at least the completed epochs: finishing or extending the run still
 * ends bit-identical to an uninterrupted run of that length); any other training option given
 * with a value different from the checkpoint's is a usage error, the same value is accepted.
 */
final class ResumeConfig {
    private ResumeConfig() {}

    static TrainingConfig merge(Checkpoint checkpoint, TrainingConfig given, ParseResult parsed) {
        TrainingConfig saved = checkpoint.config();
        List<String> conflicts = new ArrayList<>();
        conflict(parsed, "--lr", given.learningRate(), saved.learningRate(), conflicts);
        conflict(parsed, "--batch-size", given.batchSize(), saved.batchSize(), conflicts);
        conflict(parsed, "--seed", given.seed(), saved.seed(), conflicts);
        conflict(parsed, "--init", given.init(), saved.init(), conflicts);
        conflict(parsed, "--fc-op-seed", given.fcOpSeed(), saved.fcOpSeed(), conflicts);
        conflict(parsed, "--preset", given.preset(), saved.preset(), conflicts);
        if (!conflicts.isEmpty()) {
            throw SignsnetException.usage(String.join(", ", conflicts) + " conflicts with the checkpoint "
                    + checkpoint.file() + "; a resumed run keeps its configuration: omit these options"
                    + " (only --epochs may change)");
        }
        if (!parsed.hasMatchedOption("--epochs")) {
            return saved;
        }
        int completed = checkpoint.completedEpochs().size();
        if (given.epochs() < completed) {
            throw SignsnetException.usage("--epochs " + given.epochs() + " is less than the " + completed
                    + " epochs already completed in " + checkpoint.file() + ": use a value in [" + completed + ", "
                    + TrainingConfig.MAX_EPOCHS + "]");
        }
        return saved.withEpochs(given.epochs());
    }

    private static void conflict(ParseResult parsed, String option, Object given, Object saved, List<String> out) {
        if (parsed.hasMatchedOption(option) && !Objects.equals(given, saved)) {
            out.add(option + " " + text(given) + " (checkpoint: " + text(saved) + ")");
        }
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
    }
}
