package org.signsnet.explain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.TrainingConfig;

/** Small networks of each preset, fitted a few steps on random images so that nothing is at its initial value. */
final class TestNetworks {
    private TestNetworks() {}

    /** The preset's network after {@code steps} Adam steps on 16 random labelled images (seeded). */
    static MultiLayerNetwork fitted(ModelPreset preset, int steps) {
        TrainingConfig config = preset.defaults().withSeed(5);
        MultiLayerNetwork network = NotebookNetworks.create(config);
        INDArray x = images(16, 11);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 16, 6);
        for (int i = 0; i < 16; i++) {
            y.putScalar(i, i % 6, 1f);
        }
        for (int s = 0; s < steps; s++) {
            network.fit(x, y);
        }
        return network;
    }

    /** {@code m} images (m, 64, 64, 3) of smooth random blobs in [0, 1]. */
    static INDArray images(int m, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray noise = Nd4j.rand(DataType.FLOAT, m, 64, 64, 3);
        float[] values = noise.data().asFloat();
        float[] out = new float[values.length];
        for (int i = 0; i < m; i++) {
            for (int yy = 0; yy < 64; yy++) {
                for (int xx = 0; xx < 64; xx++) {
                    for (int c = 0; c < 3; c++) {
                        double wave = 0.5 + 0.25 * Math.sin((xx + 7 * i) / (6.0 + c)) * Math.cos((yy - 3 * i) / 9.0);
                        int k = ((i * 64 + yy) * 64 + xx) * 3 + c;
                        out[k] = (float) (wave + 0.2 * (values[k] - 0.5));
                    }
                }
            }
        }
        return Nd4j.create(out, new long[] {m, 64, 64, 3}, 'c');
    }
}
