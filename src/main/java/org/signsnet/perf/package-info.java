/**
 * Timing the notebook model's training and inference ({@link org.signsnet.perf.TrainingBenchmark}),
 * as {@code signsnet bench} reports it. The fast layers themselves live in {@code org.signsnet.nn}.
 */
package org.signsnet.perf;
