package org.signsnet.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.signsnet.model.NotebookModel;

/**
 * Documents why {@link FastConvolution} exists: in DL4J 1.0.0-M2.1 the stock convolution layer
 * gets no oneDNN helper, not even with helpers explicitly enabled, because
 * {@code BaseMKLDNNHelper.mklDnnEnabled()} looks for a class that is no longer there. If a DL4J
 * upgrade makes this test fail, the stock layer may have become fast on its own.
 */
class Dl4jConvolutionHelperTest {
    private static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";

    @Test
    void stockConvolutionLayerGetsNoOneDnnHelperEvenWhenHelpersAreEnabled() {
        String previous = System.getProperty(HELPERS_DISABLE);
        System.setProperty(HELPERS_DISABLE, "false");
        try {
            MultiLayerNetwork net = new MultiLayerNetwork(NotebookModel.configuration(0.009, 1));
            net.init();
            assertThat(BaseMKLDNNHelper.mklDnnEnabled()).isFalse();
            assertThat(((ConvolutionLayer) net.getLayer(NotebookModel.CONV1)).getHelper())
                    .isNull();
            assertThat(((ConvolutionLayer) net.getLayer(NotebookModel.CONV2)).getHelper())
                    .isNull();
        } finally {
            if (previous == null) {
                System.clearProperty(HELPERS_DISABLE);
            } else {
                System.setProperty(HELPERS_DISABLE, previous);
            }
        }
    }
}
