package org.signsnet.serve;

/** A request the API refuses: the HTTP status and the one line of {@code {"error": ...}}. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
