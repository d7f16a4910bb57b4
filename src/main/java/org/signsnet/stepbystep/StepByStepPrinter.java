package org.signsnet.stepbystep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.signsnet.format.NumpyFormat;

/**
 * The lines each example cell prints, character for character as the notebook printed them
 * (Python 3 {@code print} with a pre-1.14 numpy, see {@link NumpyFormat}); multi-line arrays give
 * several lines.
 */
public final class StepByStepPrinter {
    private StepByStepPrinter() {}

    /** Every cell's printed lines, in notebook order. */
    public static Map<NotebookCell, List<String>> lines(StepByStepCells cells) {
        Map<NotebookCell, List<String>> out = new EnumMap<>(NotebookCell.class);
        StepByStepCells.ZeroPad zp = cells.zeroPad();
        out.put(
                NotebookCell.ZERO_PAD,
                split(
                        "x.shape = " + NumpyFormat.shape(zp.xShape()),
                        "x_pad.shape = " + NumpyFormat.shape(zp.xPadShape()),
                        "x[1,1] = " + NumpyFormat.str(zp.x11()),
                        "x_pad[1,1] = " + NumpyFormat.str(zp.xPad11())));
        out.put(
                NotebookCell.CONV_SINGLE_STEP,
                split("Z = " + NumpyFormat.repr(cells.convSingleStep().z())));
        StepByStepCells.ConvForwardCell cf = cells.convForward();
        out.put(
                NotebookCell.CONV_FORWARD,
                split(
                        "Z's mean = " + NumpyFormat.str(cf.zMean()),
                        "Z[3,2,1] = " + NumpyFormat.str(cf.z321()),
                        "cache_conv[0][1][2][3] = " + NumpyFormat.str(cf.cacheConv0123())));
        out.put(
                NotebookCell.POOL_FORWARD,
                split(
                        "mode = max",
                        "A = " + NumpyFormat.str(cells.poolForward().max()),
                        "",
                        "mode = average",
                        "A = " + NumpyFormat.str(cells.poolForward().average())));
        StepByStepCells.ConvBackwardCell cb = cells.convBackward();
        out.put(
                NotebookCell.CONV_BACKWARD,
                split(
                        "dA_mean = " + NumpyFormat.str(cb.dAMean()),
                        "dW_mean = " + NumpyFormat.str(cb.dWMean()),
                        "db_mean = " + NumpyFormat.str(cb.dbMean())));
        out.put(
                NotebookCell.CREATE_MASK_FROM_WINDOW,
                split(
                        "x =  " + NumpyFormat.str(cells.createMaskFromWindow().x()),
                        "mask =  "
                                + NumpyFormat.str(cells.createMaskFromWindow().mask())));
        out.put(
                NotebookCell.DISTRIBUTE_VALUE,
                split("distributed value = "
                        + NumpyFormat.str(cells.distributeValue().a())));
        StepByStepCells.PoolBackwardCell pb = cells.poolBackward();
        out.put(
                NotebookCell.POOL_BACKWARD,
                split(
                        "mode = max",
                        "mean of dA =  " + NumpyFormat.str(pb.meanDA()),
                        "dA_prev[1,1] =  " + NumpyFormat.str(pb.maxDAPrev11()),
                        "",
                        "mode = average",
                        "mean of dA =  " + NumpyFormat.str(pb.meanDA()),
                        "dA_prev[1,1] =  " + NumpyFormat.str(pb.averageDAPrev11())));
        return out;
    }

    /** All cells as one text: a {@code == name ==} header line, then the cell's lines. */
    public static String text(StepByStepCells cells) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<NotebookCell, List<String>> cell : lines(cells).entrySet()) {
            text.append("== ").append(cell.getKey().notebookName()).append(" ==\n");
            cell.getValue().forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    private static List<String> split(String... printed) {
        List<String> lines = new ArrayList<>();
        for (String p : printed) {
            lines.addAll(Arrays.asList(p.split("\n", -1)));
        }
        return List.copyOf(lines);
    }
}
