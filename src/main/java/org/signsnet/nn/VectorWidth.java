package org.signsnet.nn;

import jdk.incubator.vector.FloatVector;

/** What the Vector API reports about this machine; loaded only where the module is present ({@link Kernels}). */
final class VectorWidth {
    private VectorWidth() {}

    /** Whether this machine's preferred float vectors hold at least 8 floats (256 bits). */
    static boolean fits256() {
        return FloatVector.SPECIES_PREFERRED.length() >= 8;
    }
}
