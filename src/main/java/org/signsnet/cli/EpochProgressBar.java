package org.signsnet.cli;

import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.training.EpochListener;
import org.signsnet.training.EpochRecord;

/**
 * A progress bar per epoch on standard error showing the steps done and the running mean cost.
 * Only used when standard output is an interactive terminal.
 */
final class EpochProgressBar implements EpochListener {
    private final int epochs;
    private ProgressBar bar;
    private double costSum;

    EpochProgressBar(int epochs) {
        this.epochs = epochs;
    }

    /** True when a person is watching: both streams are a terminal. */
    static boolean interactive() {
        return System.console() != null;
    }

    @Override
    public void epochStarted(int epoch, int minibatches) {
        costSum = 0;
        bar = new ProgressBarBuilder()
                .setTaskName(String.format(Locale.ROOT, "epoch %d/%d", epoch + 1, epochs))
                .setInitialMax(minibatches)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(100)
                .continuousUpdate()
                .clearDisplayOnFinish()
                .build();
    }

    @Override
    public void minibatchFinished(int epoch, int minibatch, double cost) {
        costSum += cost;
        bar.step();
        bar.setExtraMessage(String.format(Locale.ROOT, "cost %.4f", costSum / (minibatch + 1)));
    }

    @Override
    public void epochFinished(EpochRecord record, MultiLayerNetwork network) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
