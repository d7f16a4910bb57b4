/**
 * The use cases behind the CLI's subcommands (train, evaluate, report, explain, compare, ...): each
 * takes plain parameters, does the work through the other packages and returns a result record.
 * Tests call them directly; the CLI only parses arguments and prints. {@link
 * org.signsnet.app.RunOutputs} writes what a run leaves behind: the trained model beside the
 * reports that {@code report} draws.
 */
package org.signsnet.app;
