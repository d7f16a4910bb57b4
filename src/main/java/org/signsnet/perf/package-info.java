/**
 * Training speed: choosing ND4J's native build at start-up ({@link org.signsnet.perf.NativeBackendSelector})
 * and timing the notebook model's training and inference ({@link org.signsnet.perf.TrainingBenchmark}),
 * and the load test of the web API ({@link org.signsnet.perf.LoadBenchmark}).
 * The fast convolution layers themselves live in {@code org.signsnet.nn}.
 */
package org.signsnet.perf;
