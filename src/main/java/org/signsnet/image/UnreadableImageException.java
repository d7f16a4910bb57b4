package org.signsnet.image;

import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/**
 * An image that cannot be used, and why: a {@code DATA} error whose {@link Reason} lets the web
 * server choose its HTTP status (the CLI exits 3 for all of them).
 */
public final class UnreadableImageException extends SignsnetException {
    private static final long serialVersionUID = 1L;

    /** Why an image was refused. */
    public enum Reason {
        /** The bytes are no image format at all (text, an HDF5 file, random bytes). */
        NOT_AN_IMAGE,
        /** An image format signsnet cannot decode, such as HEIC. */
        UNSUPPORTED_FORMAT,
        /** A known format, but truncated or damaged. */
        DAMAGED,
        /** More pixels than the caller accepts. */
        TOO_LARGE
    }

    private final Reason reason;

    UnreadableImageException(Reason reason, String message, Throwable cause) {
        super(ErrorKind.DATA, message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
