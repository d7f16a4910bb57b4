package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.SyntheticSigns;
import picocli.CommandLine.Model.OptionSpec;

/** Every out-of-range or malformed option value is a one-line usage error (exit 2) that states what is allowed. */
class ArgumentRangeTest {
    @TempDir
    static Path dir;

    private static Path data;

    @BeforeAll
    static void writeData() {
        data = SyntheticSigns.write(dir.resolve("data"), 6, 2);
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                bad("train --epochs 0", "--epochs", "[1, 100000]"),
                bad("train --epochs -5", "--epochs", "[1, 100000]"),
                bad("train --epochs 100001", "--epochs", "[1, 100000]"),
                bad("train --epochs many", "--epochs", "1..100000"),
                bad("train --epochs 99999999999", "--epochs", "1..100000"),
                bad("train --epochs 1.5", "--epochs", "1..100000"),
                bad("train --lr -1", "--lr", "(0, 10]"),
                bad("train --lr 0", "--lr", "(0, 10]"),
                bad("train --lr 11", "--lr", "(0, 10]"),
                bad("train --lr NaN", "--lr", "(0, 10]"),
                bad("train --lr 1e400", "--lr", "(0, 10]"),
                bad("train --lr fast", "--lr", "(0, 10]"),
                bad("train --batch-size 0", "--batch-size", "[1, 100000]"),
                bad("train --batch-size -64", "--batch-size", "[1, 100000]"),
                bad("train --batch-size x", "--batch-size", "1..number of training images"),
                bad("train --seed -1", "--seed", "[0, "),
                bad("train --seed 99999999999", "--seed", "[0, "),
                bad("train --seed abc", "--seed", "numpy seed"),
                bad("train --fc-op-seed -2", "--fc-op-seed", "non-negative"),
                bad("train --preset huge", "--preset", "NOTEBOOK"),
                bad("train --init zeros", "--init", "TF"),
                bad("train --epochs", "--epochs", "Number of epochs, 1..100000"),
                bad("train --no-such-option", "Unknown option", "--no-such-option"),
                bad("train extra-positional", "Unmatched argument", "extra-positional"),
                bad("application-cells --fc-op-seed -1", "--fc-op-seed", "[0, 2147483646]"),
                bad("application-cells --fc-op-seed 2147483647", "--fc-op-seed", "[0, 2147483646]"),
                bad("application-cells --fc-op-seed abc", "--fc-op-seed", "0..2147483646"),
                bad("application-cells --json=maybe", "--json", "not a boolean"),
                bad("step-by-step --seed -1", "--seed", "[0, 4294967295]"),
                bad("step-by-step --seed 4294967296", "--seed", "[0, 4294967295]"),
                bad("step-by-step --bench-runs 0", "--bench-runs", "at least 1"),
                bad("no-such-command", "Unmatched argument", "no-such-command"),
                bad("", "Missing subcommand", "signsnet train"));
    }

    private static Arguments bad(String args, String... fragments) {
        return Arguments.of(args, List.of(fragments));
    }

    @ParameterizedTest(name = "signsnet {0}")
    @MethodSource("badArguments")
    void isAOneLineUsageErrorStatingWhatIsAllowed(String args, List<String> fragments) {
        List<String> argv = new ArrayList<>(args.isEmpty() ? List.of() : List.of(args.split(" ")));
        if (!argv.isEmpty() && argv.get(0).equals("train")) {
            argv.addAll(List.of(
                    "--data", data.toString(), "--out", dir.resolve("never").toString()));
        }
        CliRun run = CliRun.of(argv.toArray(String[]::new));
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.oneLineErrorProblem()).as(run.toString()).isNull();
        assertThat(run.err()).contains(fragments);
        assertThat(dir.resolve("never")).doesNotExist();
    }

    /** Every numeric or enum option of every subcommand registered (on main: train, application-cells; later more). */
    static Stream<Arguments> typedOptionsOfEveryCommand() {
        List<Arguments> options = new ArrayList<>();
        SignsnetCli.commandLine().getSubcommands().forEach((name, command) -> {
            if (name.equals("help")) {
                return;
            }
            for (OptionSpec option : command.getCommandSpec().options()) {
                Class<?> type = option.type();
                boolean typed = type == int.class
                        || type == long.class
                        || type == double.class
                        || type == float.class
                        || type == Integer.class
                        || type == Long.class
                        || type == Double.class
                        || type.isEnum();
                if (typed && option.arity().min() > 0) {
                    options.add(Arguments.of(name, option.longestName()));
                }
            }
            options.add(Arguments.of(name, "--no-such-option"));
        });
        return options.stream();
    }

    @ParameterizedTest(name = "signsnet {0} {1} not-a-value")
    @MethodSource("typedOptionsOfEveryCommand")
    void aMalformedValueForAnyOptionOfAnyCommandIsAUsageErrorNamingIt(String command, String option) {
        CliRun run = CliRun.of(command, option, "not-a-value");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.oneLineErrorProblem()).as(run.toString()).isNull();
        assertThat(run.err()).contains(option);
    }

    @Test
    void aBatchLargerThanTheTrainingSetNamesTheAllowedRangeBeforeTouchingTheOutputDirectory() {
        Path out = dir.resolve("big-batch");
        CliRun run = CliRun.of("train", "--data", data.toString(), "--out", out.toString(), "--batch-size", "7");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.oneLineErrorProblem()).as(run.toString()).isNull();
        assertThat(run.err()).contains("--batch-size 7", "[1, 6]");
        assertThat(out).doesNotExist();
    }
}
