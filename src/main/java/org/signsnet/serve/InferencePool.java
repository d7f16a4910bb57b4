package org.signsnet.serve;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.data.ClassNames;
import org.signsnet.explain.Explainer;

/**
 * A fixed number of {@link Explainer}s, each on its own copy of the network, lent to one request
 * at a time. DL4J's {@code MultiLayerNetwork} keeps per-call state in its layers (inputs, masks,
 * workspaces) and is not thread-safe; a pool of copies, rather than one network behind a lock, lets
 * as many requests compute at once as there are workers (one per core by default). A request keeps its worker
 * while it decodes its image too, which bounds the memory decoding takes to one photo per worker.
 */
final class InferencePool {
    private final BlockingQueue<Explainer> idle;

    /** One explainer per network, all of classes {@code classNames}; the networks must not be used elsewhere. */
    InferencePool(List<MultiLayerNetwork> networks, ClassNames classNames) {
        this.idle = new ArrayBlockingQueue<>(networks.size());
        for (MultiLayerNetwork network : networks) {
            idle.add(new Explainer(network, classNames));
        }
    }

    /** Runs {@code work} with an explainer of its own, waiting for one to be free. */
    <T> T with(Function<Explainer, T> work) throws InterruptedException {
        Explainer explainer = idle.take();
        try {
            return work.apply(explainer);
        } finally {
            idle.add(explainer);
        }
    }
}
