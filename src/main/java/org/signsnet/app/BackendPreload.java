package org.signsnet.app;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J's initialisation (loading its native libraries and setting up the CPU backend, a
 * second or more) on a background thread, so that it overlaps with work that does not need ND4J,
 * such as reading the HDF5 files. A thread that uses ND4J meanwhile waits for the initialisation
 * to finish, as the JVM makes it wait for any class being initialised; a failure surfaces there,
 * as it would without the preload.
 */
final class BackendPreload {
    private BackendPreload() {}

    /** Starts the initialisation on a new daemon thread and returns at once. */
    static void start() {
        Thread thread = new Thread(BackendPreload::initialise, "signsnet-nd4j-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void initialise() {
        try {
            Nd4j.getExecutioner();
        } catch (Throwable ignored) { // the thread that uses ND4J next meets the same failure and reports it
        }
    }
}
