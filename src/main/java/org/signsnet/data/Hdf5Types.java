package org.signsnet.data;

import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;
import java.util.Locale;

/** Names HDF5 datatypes the way numpy/h5py users know them: {@code uint8}, {@code int64}, {@code float32}. */
final class Hdf5Types {
    private Hdf5Types() {}

    /** numpy's name for the type: {@code uint8}, {@code int64}, {@code float64}, {@code string}, ... */
    static String name(DataType type) {
        if (type instanceof FixedPoint fixed) {
            return (fixed.isSigned() ? "int" : "uint") + fixed.getSize() * 8;
        }
        if (type instanceof FloatingPoint) {
            return "float" + type.getSize() * 8;
        }
        if (type instanceof StringData) {
            return "string";
        }
        return type.getClass().getSimpleName().replace("DataType", "").toLowerCase(Locale.ROOT);
    }

    /** True for the notebook's pixel type: unsigned 8-bit integers. */
    static boolean isUint8(DataType type) {
        return type instanceof FixedPoint fixed && !fixed.isSigned() && fixed.getSize() == 1;
    }

    /** True for any signed or unsigned HDF5 integer type (int8 to int64, uint8 to uint64). */
    static boolean isInteger(DataType type) {
        return type instanceof FixedPoint;
    }

    /** The shape as numpy prints it: {@code (1080, 64, 64, 3)}, {@code (6,)}, {@code ()}. */
    static String shape(int[] dimensions) {
        if (dimensions.length == 1) {
            return "(" + dimensions[0] + ",)";
        }
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < dimensions.length; i++) {
            text.append(i == 0 ? "" : ", ").append(dimensions[i]);
        }
        return text.append(')').toString();
    }
}
