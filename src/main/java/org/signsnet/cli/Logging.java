package org.signsnet.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Run-time control of the logback levels set in {@code logback.xml}. */
final class Logging {
    /** signsnet's start-up notes, quiet unless verbose (see {@code logback.xml}). */
    private static final List<String> START_UP_NOTES =
            List.of("org.signsnet.perf.NativeBackendSelector", "org.signsnet.nn.NativeThreads");

    private Logging() {
    }

    /** Lets DL4J's and ND4J's INFO messages and signsnet's start-up notes through. */
    static void enableLibraryLogs() {
        ((Logger) LoggerFactory.getLogger("org.nd4j")).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("org.deeplearning4j")).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("org.bytedeco")).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("org.signsnet")).setLevel(Level.DEBUG);
        START_UP_NOTES.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).setLevel(null));
    }
}
