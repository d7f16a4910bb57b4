package org.signsnet.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.signsnet.image.EncodedImage;

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

    /** The uploaded image; an {@link ApiException} (400 or 413) when there is none or it is too large. */
    static EncodedImage read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        EncodedImage image = ctx.isMultipartFormData()
                ? multipart(ctx, maxBytes)
                : new EncodedImage(name(ctx.queryParam("name")), limited(ctx, maxBytes));
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

    private static byte[] limited(Context ctx, long maxBytes) {
        try {
            return readAtMost(ctx.req().getInputStream(), maxBytes);
        } catch (IOException e) {
            throw new ApiException(
                    400, "the request body could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static EncodedImage multipart(Context ctx, long maxBytes) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile(FIELD);
        } catch (Exception e) { // Jetty's ServletException (bad multipart) or IllegalStateException (limits)
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
            return new EncodedImage(name(file.filename()), readAtMost(content, maxBytes));
        } catch (IOException e) {
            throw new ApiException(
                    400,
                    "the multipart field '" + FIELD + "' could not be read ("
                            + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
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
