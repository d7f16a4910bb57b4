package org.signsnet.model;

import org.signsnet.format.NumpyFormat;

/**
 * What the application notebook's three test cells print, computed by {@link ApplicationCells}.
 *
 * @param fcOpSeed the TF op seed of the fully connected layer's initialiser used
 * @param w1Slice  {@code parameters["W1"].eval()[1,1,1]}: 8 values
 * @param w2Slice  {@code parameters["W2"].eval()[1,1,1]}: 16 values
 * @param z3       {@code forward_propagation}'s test: Z3 of shape (2, 6)
 * @param cost     {@code compute_cost}'s test: the mean softmax cross-entropy on 4 examples
 */
public record ApplicationCellsResult(long fcOpSeed, float[] w1Slice, float[] w2Slice, float[][] z3, float cost) {
    /** The lines the notebook prints, formatted as its numpy (1.13) did. */
    public String notebookOutput() {
        return "W1 = " + NumpyFormat.str(w1Slice) + "\n"
                + "W2 = " + NumpyFormat.str(w2Slice) + "\n"
                + "Z3 = " + NumpyFormat.str(z3) + "\n"
                + "cost = " + NumpyFormat.str(cost) + "\n";
    }
}
