package org.signsnet.nn;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/** What DL4J's layer configurations do in {@code instantiate} once they have made the runtime layer. */
final class RuntimeLayers {
    private RuntimeLayers() {
    }

    /** Listeners, index, parameter view and (initialised) parameter table, then the configuration. */
    static <L extends Layer> L wire(L layer, NeuralNetConfiguration conf, ParamInitializer initializer,
            Collection<TrainingListener> listeners, int index, INDArray paramsView, boolean initialize) {
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(initializer.init(conf, paramsView, initialize));
        layer.setConf(conf);
        return layer;
    }
}
