import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J program that knows nothing of signsnet (run by ModelFilesTest in a JVM whose class path has
 * no signsnet class): loads a model.zip with DL4J's own ModelSerializer and prints, for the images
 * in an ND4J array file, the class of its first layer, then one line of probabilities per image,
 * each line starting with "result: " (DL4J's own log lines may come between).
 * usage: java -cp DL4J_JARS PlainDl4jPredict.java MODEL_ZIP IMAGES_FILE
 */
public class PlainDl4jPredict {
    public static void main(String[] args) throws Exception {
        MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(new File(args[0]), true);
        INDArray images;
        try (DataInputStream in = new DataInputStream(new FileInputStream(args[1]))) {
            images = Nd4j.read(in);
        }
        System.out.println("result: " + network.getLayer(0).getClass().getName());
        INDArray probabilities = network.output(images);
        for (int i = 0; i < probabilities.rows(); i++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < probabilities.columns(); k++) {
                line.append(k == 0 ? "" : " ").append(probabilities.getFloat(i, k));
            }
            System.out.println("result: " + line);
        }
    }
}
