package org.signsnet.training;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Observes a training run epoch by epoch: progress display, cost lines, accuracy curves,
 * checkpoints. All methods are optional. (Not DL4J's {@code TrainingListener}, which sees every
 * iteration of a network; this one sees signsnet's epochs of minibatches.)
 */
public interface EpochListener {
    /** An epoch starts; it will run {@code minibatches} steps. */
    default void epochStarted(int epoch, int minibatches) {}

    /** One Adam step finished with the given minibatch cost (before the update, as TensorFlow reports it). */
    default void minibatchFinished(int epoch, int minibatch, double cost) {}

    /** An epoch finished; {@code network} holds the weights after it. */
    default void epochFinished(EpochRecord record, MultiLayerNetwork network) {}

    /** A listener that does nothing. */
    static EpochListener none() {
        return new EpochListener() {};
    }

    /** A listener that forwards every event to {@code listeners}, in order. */
    static EpochListener all(List<EpochListener> listeners) {
        List<EpochListener> copy = List.copyOf(listeners);
        return new EpochListener() {
            @Override
            public void epochStarted(int epoch, int minibatches) {
                copy.forEach(l -> l.epochStarted(epoch, minibatches));
            }

            @Override
            public void minibatchFinished(int epoch, int minibatch, double cost) {
                copy.forEach(l -> l.minibatchFinished(epoch, minibatch, cost));
            }

            @Override
            public void epochFinished(EpochRecord record, MultiLayerNetwork network) {
                copy.forEach(l -> l.epochFinished(record, network));
            }
        };
    }
}
