package org.signsnet.serve;

import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import org.signsnet.SignsnetException;
import org.signsnet.io.FailureText;

/**
 * The address {@code signsnet serve} listens on ({@code --host}): checked to be one of this
 * machine's before anything is loaded, the failures of binding it in words, and the address to
 * print when it listens on all of them.
 */
final class ListenAddress {
    private static final String HINT =
            "; use 127.0.0.1 (this machine only), 0.0.0.0 (every network) or an address of this machine";

    private ListenAddress() {}

    /** {@code host} as an address of this machine; an IO error naming it when it is none. */
    static InetAddress resolve(String host) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw SignsnetException.io(
                    "cannot listen on " + host + ": not an IP address or a known host name" + HINT, e);
        }
        if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && !isOwn(address)) {
            throw SignsnetException.io(
                    "cannot listen on " + host + ": " + address.getHostAddress() + " is not an address of this machine"
                            + HINT,
                    null);
        }
        return address;
    }

    /** The error for a failed bind of {@code host:port}: the port in use, or the system's reason. */
    static SignsnetException cannotListen(String host, int port, RuntimeException failure) {
        String where = "cannot listen on " + host + ":" + port + ": ";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("in use")) {
                return SignsnetException.io(
                        where + "the port is in use by another program; choose another port with --port N"
                                + " (0 picks a free one)",
                        failure);
            }
        }
        return SignsnetException.io(where + FailureText.of(failure), failure);
    }

    /**
     * The first address other machines can reach this one at (an up, non-loopback interface's,
     * IPv4 first), for a server listening on all of them; the loopback address when there is none.
     */
    static InetAddress reachable() {
        InetAddress found = null;
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a.isLinkLocalAddress()) {
                        continue;
                    }
                    if (a instanceof Inet4Address) {
                        return a;
                    }
                    found = found == null ? a : found;
                }
            }
        } catch (SocketException e) {
            // no interface list: fall back to loopback
        }
        return found != null ? found : InetAddress.getLoopbackAddress();
    }

    private static boolean isOwn(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }
}
