package org.signsnet.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.signsnet.image.EncodedImage;
import org.signsnet.io.FailureText;

/**
 * The image of a {@code POST /api/predict} or {@code /api/explain}: the raw request body (any
 * {@code Content-Type}; {@code ?name=} names it), or the file field {@code image} of a
 * {@code multipart/form-data} body (named by its file name). At most {@code maxBytes} are read:
 * a larger body is refused with 413 from its {@code Content-Length} before it is read, or as soon
 * as reading passes the limit.
 */
final class Uploads {
    /** The multipart field that holds the image. */
    static final String FIELD = "image";

    private static final String DEFAULT_NAME = "upload";
    private static final int MAX_NAME = 100;

    private Uploads() {}

    /**
     * The uploaded image; an {@link ApiException} when there is none (400), it is too large (413),
     * or its body is cut short or too slow for {@code config.timeouts()} (408).
     */
    static EncodedImage read(Context ctx, ServeConfig config) {
        long maxBytes = config.maxUploadBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        EncodedImage image;
        try {
            image = ctx.isMultipartFormData() ? multipart(ctx, config) : raw(ctx, maxBytes);
        } catch (IOException e) {
            ApiException unread = unreadBody(e, config.timeouts());
            throw unread != null
                    ? unread
                    : new ApiException(400, "the request body could not be read (" + FailureText.of(e) + ")");
        } catch (HttpException.RuntimeException e) { // Jetty's 408 for a body below the minimum data rate
            ApiException unread = unreadBody(e, config.timeouts());
            throw unread != null ? unread : new ApiException(e.getCode(), FailureText.of(e));
        }
        if (image.bytes().length == 0) {
            throw new ApiException(
                    400,
                    "empty request: send the image as the request body (e.g. Content-Type: image/jpeg)"
                            + " or as the multipart file field '" + FIELD + "'");
        }
        return image;
    }

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(
                413,
                String.format(
                        Locale.ROOT,
                        "the upload is larger than this server's limit of %s;"
                                + " send a smaller photo (64x64 is what the network uses)",
                        megabytes(maxBytes)));
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static EncodedImage raw(Context ctx, long maxBytes) throws IOException {
        return EncodedImage.read(
                name(ctx.queryParam("name")), ctx.req().getInputStream(), maxBytes, () -> tooLarge(maxBytes));
    }

    /**
     * The 408 for a body that did not arrive: too slow for the minimum data rate, a pause longer
     * than the idle timeout, or a connection closed before its {@code Content-Length}; null when
     * {@code failure} is none of these.
     */
    private static ApiException unreadBody(Exception failure, ServeConfig.Timeouts timeouts) {
        String why = null;
        for (Throwable t = failure; t != null && why == null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() == 408) {
                why = "it arrived slower than " + timeouts.minBytesPerSecond() + " bytes per second";
            } else if (t instanceof TimeoutException) {
                why = "nothing arrived for " + timeouts.idle().toMillis() / 1000.0 + " s";
            } else if (t instanceof EOFException) {
                why = "the connection ended before the body did";
            }
        }
        return why == null
                ? null
                : new ApiException(
                        408, "the request body was not received in time: " + why + "; send the image at once");
    }

    private static EncodedImage multipart(Context ctx, ServeConfig config) throws IOException {
        long maxBytes = config.maxUploadBytes();
        UploadedFile file;
        try {
            file = ctx.uploadedFile(FIELD);
        } catch (Exception e) { // Jetty's ServletException (bad multipart) or IllegalStateException (limits)
            ApiException unread = unreadBody(e, config.timeouts());
            if (unread != null) {
                throw unread;
            }
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("size") || message.contains("exceed") || message.contains("too large")) {
                throw tooLarge(maxBytes);
            }
            throw new ApiException(
                    400, "the multipart/form-data body is malformed; send the image as the file field '" + FIELD + "'");
        }
        if (file == null) {
            throw new ApiException(
                    400,
                    "the multipart/form-data body has no file field '" + FIELD + "'; send the image as " + FIELD
                            + "=@photo.jpg");
        }
        try (InputStream content = file.content()) {
            return EncodedImage.read(name(file.filename()), content, maxBytes, () -> tooLarge(maxBytes));
        }
    }

    /** A client's file name as a display name: its last path element, printable, at most 100 characters. */
    static String name(String given) {
        if (given == null || given.isBlank()) {
            return DEFAULT_NAME;
        }
        String last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        String printable = last.replaceAll("\\p{Cntrl}", "").strip();
        if (printable.isEmpty()) {
            return DEFAULT_NAME;
        }
        return printable.length() > MAX_NAME ? printable.substring(0, MAX_NAME) : printable;
    }
}
