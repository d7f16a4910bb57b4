package org.signsnet.serve;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.signsnet.io.Json;

/**
 * Jetty's own error responses (a request Jetty refuses before Javalin sees it, such as a
 * malformed or ambiguous URI) in the API's format: {@code {"error": "one line"}}, never an HTML
 * page or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected boolean generateAcceptableResponse(
            Request request,
            Response response,
            Callback callback,
            String contentType,
            List<Charset> charsets,
            int code,
            String message,
            Throwable cause) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
        return true;
    }

    static byte[] body(int code, String message) {
        String reason = HttpStatus.getMessage(code);
        String line = message == null || message.isBlank() || message.equals(reason)
                ? code + " " + reason
                : reason + ": " + message.strip();
        return Json.write(Map.of("error", line.replaceAll("\\s*\\R\\s*", " "))).getBytes(StandardCharsets.UTF_8);
    }
}
