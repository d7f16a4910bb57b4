package org.signsnet.cli;

import java.util.Locale;
import org.signsnet.perf.TrainingParity;

/** {@code signsnet bench --parity}'s result as a Markdown table, ready for the docs. */
final class ParityTable {
    private ParityTable() {}

    static String markdown(TrainingParity.Table table) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d epochs per run%n%n", table.epochs()));
        b.append("| run | fast train | fast test | stock train | stock test | fast s | stock s |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (TrainingParity.Row r : table.rows()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %.4f | %.4f | %.4f | %.4f | %.0f | %.0f |%n",
                    r.run(),
                    r.fastTrain(),
                    r.fastTest(),
                    r.stockTrain(),
                    r.stockTest(),
                    r.fastSeconds(),
                    r.stockSeconds()));
        }
        b.append(String.format(
                Locale.ROOT,
                "| **mean** | %.4f | %.4f | %.4f | %.4f | | |%n",
                table.meanFastTrain(),
                table.meanFastTest(),
                table.meanStockTrain(),
                table.meanStockTest()));
        return b.toString().strip();
    }
}
