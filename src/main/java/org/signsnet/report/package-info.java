/**
 * Charts (JFreeChart) and other PNG/HTML reports of a training run, and the pictures of
 * {@code signsnet explain} ({@link org.signsnet.report.ExplanationSheet}).
 */
package org.signsnet.report;
