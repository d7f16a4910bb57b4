package org.signsnet.training;

/**
 * The cost of one epoch, recorded two ways.
 *
 * @param epoch        0-based epoch index
 * @param notebookCost the notebook's {@code minibatch_cost}: the sum of the minibatch costs divided
 *                     by {@code floor(m / batch_size)} (16 for SIGNS) although there are 17
 *                     minibatches, so it overstates the mean a little; kept because it is what
 *                     the notebook prints and plots
 * @param meanCost     the true mean cross-entropy over the epoch's examples (each minibatch cost
 *                     weighted by its size)
 * @param seconds      wall time of the epoch
 */
public record EpochRecord(int epoch, double notebookCost, double meanCost, double seconds) {}
