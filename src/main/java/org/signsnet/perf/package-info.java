/**
 * Timing the notebook model's training and inference ({@link org.signsnet.perf.TrainingBenchmark}),
 * as {@code signsnet bench} reports it, and the load test of the web API
 * ({@link org.signsnet.perf.LoadBenchmark}, {@code signsnet load-test}). The fast layers themselves
 * live in {@code org.signsnet.nn}.
 */
package org.signsnet.perf;
