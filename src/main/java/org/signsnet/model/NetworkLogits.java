package org.signsnet.model;

import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The notebook's {@code Z3}: the output of the last LINEAR unit, before the softmax that DL4J's
 * OutputLayer applies, computed from the network itself.
 *
 * <p>DL4J keeps a layer's pre-activation protected, so this runs the network up to POOL2
 * ({@code feedForwardToLayer}), flattens P2 with the FC layer's own input preprocessor and applies
 * the FC layer's own parameters: {@code Z3 = flatten(P2) . W + b}. {@code softmax(Z3)} equals
 * {@code net.output(x)}.
 */
public final class NetworkLogits {
    private NetworkLogits() {}

    /**
     * {@code forward_propagation(X, parameters)} of the notebook on a {@link NotebookModel} network.
     *
     * @param x input of shape (m, 64, 64, 3), NHWC
     * @return Z3 of shape (m, 6)
     */
    public static INDArray of(MultiLayerNetwork net, INDArray x) {
        List<INDArray> activations = net.feedForwardToLayer(NotebookModel.POOL2, x, false);
        INDArray p2 = activations.get(activations.size() - 1);
        InputPreProcessor flatten = net.getLayerWiseConfigurations().getInputPreProcess(NotebookModel.FC);
        INDArray flat = flatten.preProcess(p2, (int) p2.size(0), LayerWorkspaceMgr.noWorkspaces());
        Layer fc = net.getLayer(NotebookModel.FC);
        return flat.mmul(fc.getParam("W")).addiRowVector(fc.getParam("b"));
    }
}
