package org.signsnet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.signsnet.training.TrainingControl;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGINT (Ctrl-C) and SIGTERM into a graceful stop: the first signal asks the training to
 * stop after the current step ({@link TrainingControl#requestStop}); the run then saves its
 * checkpoint and reports and the command exits 128 + the signal number (130, 143). A second signal
 * halts at once; outputs are written atomically, so even then each is complete or absent.
 *
 * <p>It uses {@code sun.misc.Signal} (module jdk.unsupported, present in every OpenJDK) rather than
 * a shutdown hook: the main thread keeps running normally, so no hook has to wait for it, and the
 * exit code tells SIGINT from SIGTERM. When a handler cannot be installed (e.g. the JVM runs with
 * {@code -Xrs}) that signal keeps its default action. The previous handlers are restored on
 * {@link #close}.
 */
final class InterruptHandler implements AutoCloseable {
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile Signal received;

    private InterruptHandler() {}

    /** Installs handlers for INT and TERM that stop {@code control}, announcing it on {@code err}. */
    static InterruptHandler install(TrainingControl control, PrintWriter err) {
        InterruptHandler handler = new InterruptHandler();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal signal = new Signal(name);
                handler.previous.put(signal, Signal.handle(signal, s -> handler.onSignal(s, control, err)));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this signal keeps its default action (the JVM exits; outputs are still atomic)
            }
        }
        return handler;
    }

    private void onSignal(Signal signal, TrainingControl control, PrintWriter err) {
        if (received != null) {
            Runtime.getRuntime().halt(128 + signal.getNumber());
        }
        received = signal;
        control.requestStop("SIG" + signal.getName());
        err.println("signsnet: SIG" + signal.getName() + " received: stopping after the current step and saving"
                + " a checkpoint (send it again to quit at once)");
        err.flush();
    }

    /** 128 + the number of the first signal received, or 0 when none came. */
    int exitCode() {
        Signal signal = received;
        return signal == null ? 0 : 128 + signal.getNumber();
    }

    @Override
    public void close() {
        previous.forEach((signal, handler) -> {
            try {
                Signal.handle(signal, handler);
            } catch (IllegalArgumentException e) {
                // keep ours; the process is about to end anyway
            }
        });
    }
}
