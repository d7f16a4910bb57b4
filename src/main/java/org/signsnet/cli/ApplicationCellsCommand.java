package org.signsnet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.signsnet.model.ApplicationCells;
import org.signsnet.model.ApplicationCellsResult;
import org.signsnet.model.TensorFlowWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code signsnet application-cells}: prints what the application notebook's
 * {@code initialize_parameters}, {@code forward_propagation} and {@code compute_cost} test cells
 * print, computed by the DL4J network started from TensorFlow's exact weights.
 */
@Command(
        name = "application-cells",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run the application notebook's initialize_parameters, forward_propagation and compute_cost"
                    + " test cells through the DL4J network with TensorFlow 1's starting weights,"
                    + " printing what the notebook prints."
        })
public final class ApplicationCellsCommand implements Callable<Integer> {
    /** TF1 reduces op seeds modulo 2^31 - 1; larger values are not distinct seeds. */
    static final long MAX_FC_OP_SEED = Integer.MAX_VALUE - 1L;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--fc-op-seed",
            paramLabel = "N",
            defaultValue = "39",
            description =
                    "TF op seed of fully_connected's initialiser (the graph's op counter; default: ${DEFAULT-VALUE},"
                            + " the notebook version whose outputs are shown), 0.." + MAX_FC_OP_SEED)
    private long fcOpSeed = TensorFlowWeights.NOTEBOOK_FC_OP_SEED;

    @Option(names = "--json", description = "Print the values as one JSON object instead of the notebook's text.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (fcOpSeed < 0 || fcOpSeed > MAX_FC_OP_SEED) {
            throw new ParameterException(
                    spec.commandLine(), "--fc-op-seed must be in [0, " + MAX_FC_OP_SEED + "], got " + fcOpSeed);
        }
        ApplicationCellsResult result = ApplicationCells.run(fcOpSeed);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? toJson(result) + "\n" : result.notebookOutput());
        out.flush();
        return 0;
    }

    static String toJson(ApplicationCellsResult result) throws JsonProcessingException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("W1[1,1,1]", result.w1Slice());
        values.put("W2[1,1,1]", result.w2Slice());
        values.put("Z3", result.z3());
        values.put("cost", result.cost());
        return new ObjectMapper().writeValueAsString(values);
    }
}
