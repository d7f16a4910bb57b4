/**
 * Text exactly as the notebooks printed it: numpy 1.13's {@code str(ndarray)}, {@code str} of its
 * float64 and float32 scalars and Python's {@code repr(float)} ({@link org.signsnet.format.NumpyFormat}),
 * so that a Java cell's output can be compared with the notebook's character by character.
 */
package org.signsnet.format;
