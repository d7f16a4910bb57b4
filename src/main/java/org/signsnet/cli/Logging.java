package org.signsnet.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Run-time control of the logback levels set in {@code logback.xml}. */
final class Logging {
    private Logging() {}

    /** Lets DL4J's, ND4J's and Javalin's INFO messages and signsnet's DEBUG messages through. */
    static void enableLibraryLogs() {
        ((Logger) LoggerFactory.getLogger("org.nd4j")).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("org.deeplearning4j")).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("org.bytedeco")).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("io.javalin.Javalin")).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("org.signsnet")).setLevel(Level.DEBUG);
    }
}
