/**
 * The command line (picocli): {@link org.signsnet.cli.SignsnetCommand} and one command class per
 * subcommand, which parse arguments, call the use cases in {@code app} (or a service such as
 * {@code serve}) and print their results. Standard output, standard error and exit codes live here
 * and nowhere else; {@link org.signsnet.cli.ExecutionErrorHandler} turns a failure into one line and
 * the exit code of its {@link org.signsnet.ErrorKind}.
 */
package org.signsnet.cli;
