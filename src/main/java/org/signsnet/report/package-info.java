/**
 * The pictures and pages of a run and of an explanation: charts (JFreeChart), PNG images and the
 * self-contained HTML report of a training run ({@link org.signsnet.report.ReportWriter}), the
 * contents of {@code metrics.json} ({@link org.signsnet.report.Metrics}), and the pictures of
 * {@code signsnet explain} ({@link org.signsnet.report.ExplanationSheet}). It only draws: the use
 * cases in {@code app} save the model beside what it drew.
 */
package org.signsnet.report;
