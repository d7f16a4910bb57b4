package org.signsnet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.signsnet.perf.StepByStepBenchmark;
import org.signsnet.stepbystep.StepByStepCells;
import org.signsnet.stepbystep.StepByStepJson;
import org.signsnet.stepbystep.StepByStepNotebook;
import org.signsnet.stepbystep.StepByStepPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code signsnet step-by-step [--seed N] [--json] [--bench [--bench-runs R]]}: runs the numpy
 * "step by step" notebook's example cells (or times loops against vectorised code) and prints the
 * result. All the work is in {@link StepByStepNotebook} and {@link StepByStepBenchmark}.
 */
@Command(
        name = "step-by-step",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the example cells of the 'Convolutional Neural Networks: Step by Step' notebook",
            "(zero_pad, conv_single_step, conv_forward, pool_forward, conv_backward,",
            "create_mask_from_window, distribute_value, pool_backward) and prints what they print."
        })
public final class StepByStepCommand implements Callable<Integer> {
    private static final long MAX_SEED = 0xffffffffL;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Seed for every np.random.seed call, in [0, 4294967295] (default: ${DEFAULT-VALUE}, the notebook's).")
    private long seed;

    @Option(names = "--json", description = "Print one JSON object with every value at full double precision.")
    private boolean json;

    @Option(
            names = "--bench",
            description = "Instead of the cells, time the loop-faithful against the vectorised"
                    + " implementation on 64 images 64x64x3 (conv 8 filters 4x4 pad 1 stride 1, pool f 2 stride 2),"
                    + " each operation after at least 0.5 s of untimed runs per implementation.")
    private boolean bench;

    @Option(
            names = "--bench-runs",
            paramLabel = "R",
            defaultValue = "5",
            description = "Timed runs per operation for --bench; the median is printed (default: ${DEFAULT-VALUE}).")
    private int benchRuns;

    @Override
    public Integer call() throws JsonProcessingException {
        if (seed < 0 || seed > MAX_SEED) {
            throw new ParameterException(
                    spec.commandLine(), "--seed must be in [0, 4294967295] (numpy's seed range), got " + seed);
        }
        if (benchRuns < 1) {
            throw new ParameterException(spec.commandLine(), "--bench-runs must be at least 1, got " + benchRuns);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (bench) {
            printBenchmark(out);
        } else {
            StepByStepCells cells = new StepByStepNotebook().run(seed);
            out.print(json ? StepByStepJson.json(cells) + "\n" : StepByStepPrinter.text(cells));
        }
        out.flush();
        return 0;
    }

    private void printBenchmark(PrintWriter out) throws JsonProcessingException {
        StepByStepBenchmark.Config defaults = StepByStepBenchmark.Config.defaults();
        StepByStepBenchmark.Config config = new StepByStepBenchmark.Config(
                defaults.m(),
                defaults.size(),
                defaults.channels(),
                defaults.filters(),
                defaults.f(),
                defaults.conv(),
                defaults.pool(),
                benchRuns,
                defaults.warmUpMillis(),
                seed);
        StepByStepBenchmark.Result result = new StepByStepBenchmark().run(config);
        if (json) {
            Map<String, Object> timings = new LinkedHashMap<>();
            for (StepByStepBenchmark.Timing t : result.timings()) {
                Map<String, Object> timing = new LinkedHashMap<>();
                timing.put("loops_median_ms", t.loopsMedianMs());
                timing.put("vectorised_median_ms", t.vectorisedMedianMs());
                timing.put("speedup", t.speedup());
                timing.put("loops_cpu_median_ms", t.loopsCpuMedianMs());
                timing.put("vectorised_cpu_median_ms", t.vectorisedCpuMedianMs());
                timing.put("cpu_speedup", t.cpuSpeedup());
                timings.put(t.operation(), timing);
            }
            out.println(new ObjectMapper().writeValueAsString(Map.of("config", config.toString(), "timings", timings)));
            return;
        }
        out.printf(
                Locale.ROOT,
                "median of %d runs (wall clock | CPU time of the calling thread), %s%n",
                config.runs(),
                config);
        out.printf(
                Locale.ROOT,
                "%-22s %10s %10s %8s | %10s %10s %8s%n",
                "operation",
                "loops ms",
                "vector ms",
                "speedup",
                "loops cpu",
                "vector cpu",
                "speedup");
        for (StepByStepBenchmark.Timing t : result.timings()) {
            out.printf(
                    Locale.ROOT,
                    "%-22s %10.1f %10.2f %7.1fx | %10.1f %10.2f %7.1fx%n",
                    t.operation(),
                    t.loopsMedianMs(),
                    t.vectorisedMedianMs(),
                    t.speedup(),
                    t.loopsCpuMedianMs(),
                    t.vectorisedCpuMedianMs(),
                    t.cpuSpeedup());
        }
    }
}
