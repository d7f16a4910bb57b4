/**
 * File output that is all-or-nothing: every report, model and checkpoint is written atomically, and
 * a run's outputs as one set ({@link org.signsnet.io.OutputSet}); and file failures in words for
 * one-line messages ({@link org.signsnet.io.FailureText}, {@link org.signsnet.io.AbsentPaths}).
 */
package org.signsnet.io;
