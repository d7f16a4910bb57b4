package org.signsnet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.training.EpochListener;
import org.signsnet.training.EpochRecord;

/** Prints the notebook's {@code "Cost after epoch %i: %f"} line every 5 epochs. */
final class NotebookCostPrinter implements EpochListener {
    private final PrintWriter out;

    NotebookCostPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void epochFinished(EpochRecord record, MultiLayerNetwork network) {
        if (record.epoch() % 5 == 0) {
            out.println(line(record));
            out.flush();
        }
    }

    static String line(EpochRecord record) {
        return String.format(Locale.ROOT, "Cost after epoch %d: %f", record.epoch(), record.notebookCost());
    }
}
