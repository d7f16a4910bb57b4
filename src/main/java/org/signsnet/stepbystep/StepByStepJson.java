package org.signsnet.stepbystep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The cells' values as one JSON object keyed by notebook function, with full double precision,
 * arrays as nested lists, shapes as lists and the mask as booleans (the layout of
 * {@code src/test/resources/fixtures/step_by_step_seed1.json}'s {@code "cells"}).
 */
public final class StepByStepJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StepByStepJson() {}

    /** The cells as nested maps and lists, ready for Jackson. */
    public static Map<String, Object> tree(StepByStepCells cells) {
        Map<String, Object> root = new LinkedHashMap<>();
        StepByStepCells.ZeroPad zp = cells.zeroPad();
        root.put(
                NotebookCell.ZERO_PAD.notebookName(),
                object(
                        "x_shape", Arrays.stream(zp.xShape()).boxed().toList(),
                        "x_pad_shape", Arrays.stream(zp.xPadShape()).boxed().toList(),
                        "x[1,1]", nested(zp.x11()),
                        "x_pad[1,1]", nested(zp.xPad11())));
        root.put(
                NotebookCell.CONV_SINGLE_STEP.notebookName(),
                object("Z", cells.convSingleStep().z()));
        StepByStepCells.ConvForwardCell cf = cells.convForward();
        root.put(
                NotebookCell.CONV_FORWARD.notebookName(),
                object(
                        "Z_mean",
                        cf.zMean(),
                        "Z[3,2,1]",
                        nested(cf.z321()),
                        "cache_conv[0][1][2][3]",
                        nested(cf.cacheConv0123())));
        root.put(
                NotebookCell.POOL_FORWARD.notebookName(),
                object(
                        "max", object("A", nested(cells.poolForward().max())),
                        "average", object("A", nested(cells.poolForward().average()))));
        StepByStepCells.ConvBackwardCell cb = cells.convBackward();
        root.put(
                NotebookCell.CONV_BACKWARD.notebookName(),
                object("dA_mean", cb.dAMean(), "dW_mean", cb.dWMean(), "db_mean", cb.dbMean()));
        root.put(
                NotebookCell.CREATE_MASK_FROM_WINDOW.notebookName(),
                object(
                        "x",
                        nested(cells.createMaskFromWindow().x()),
                        "mask",
                        nested(cells.createMaskFromWindow().mask())));
        root.put(
                NotebookCell.DISTRIBUTE_VALUE.notebookName(),
                object("a", nested(cells.distributeValue().a())));
        StepByStepCells.PoolBackwardCell pb = cells.poolBackward();
        root.put(
                NotebookCell.POOL_BACKWARD.notebookName(),
                object(
                        "mean_dA", pb.meanDA(),
                        "max", object("dA_prev[1,1]", nested(pb.maxDAPrev11())),
                        "average", object("dA_prev[1,1]", nested(pb.averageDAPrev11()))));
        return root;
    }

    /** The cells as a one-line JSON object. */
    public static String json(StepByStepCells cells) {
        try {
            return MAPPER.writeValueAsString(tree(cells));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the notebook cells", e);
        }
    }

    /** An ND4J array as nested lists ({@code ndarray.tolist()}): Doubles, or Booleans for BOOL arrays. */
    static Object nested(INDArray array) {
        boolean bool = array.dataType() == DataType.BOOL;
        double[] values = Tensors.toDoubles(array.castTo(DataType.DOUBLE));
        long[] shape = array.shape();
        if (shape.length == 0) {
            return bool ? (Object) (values[0] != 0) : (Object) values[0];
        }
        return nested(values, shape, 0, 0, bool);
    }

    private static List<Object> nested(double[] values, long[] shape, int axis, int offset, boolean bool) {
        int block = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            block *= (int) shape[d];
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < shape[axis]; i++) {
            int at = offset + i * block;
            if (axis == shape.length - 1) {
                list.add(bool ? (Object) (values[at] != 0) : (Object) values[at]);
            } else {
                list.add(nested(values, shape, axis + 1, at, bool));
            }
        }
        return list;
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
