package org.signsnet;

import org.signsnet.cli.SignsnetCli;

/**
 * Entry point. With no arguments it runs {@code signsnet train} with the notebook's defaults, so
 * "Run Main" in an IDE and {@code ./mvnw -q compile exec:java} both do the main job.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // JavaCPP (ND4J's native loader) prints its warnings straight to stderr unless told to use
        // SLF4J; logback.xml then shows them only with --verbose.
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
        String[] effective = args.length == 0 ? new String[] {"train"} : args;
        System.exit(SignsnetCli.run(effective));
    }
}
