package org.signsnet.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.signsnet.io.Json;

/** A real HTTP client (java.net.http) for the server under test. */
final class ApiClient {
    /** An answer: status, content type and body. */
    record Answer(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " "
                    + (contentType != null && contentType.startsWith("image/") ? body.length + " bytes" : text());
        }
    }

    private static final String BOUNDARY = "signsnet-test-boundary-7d1f";
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer send(String method, String path, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The image as the raw request body. */
    Answer postRaw(String path, byte[] image) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(image)));
    }

    /** The image as the raw body sent chunked, without a Content-Length. */
    Answer postChunked(String path, byte[] image) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(image))));
    }

    /** The image as the file field {@code field} of a multipart/form-data body. */
    Answer postMultipart(String path, String field, String fileName, byte[] image) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(field, fileName, image))));
    }

    static byte[] multipart(String field, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A request with a raw path: no normalisation of {@code ..} or percent escapes by the client. */
    URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(
                    request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
