package org.signsnet.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.signsnet.explain.Stage;
import org.signsnet.image.EncodedImage;
import org.signsnet.image.UnreadableImageException;
import org.signsnet.io.Json;
import org.signsnet.model.NetworkSummary;
import org.signsnet.predict.PredictionJson;
import org.signsnet.report.Colormap;
import org.signsnet.report.ExplanationSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code signsnet serve}: the local web page ({@code src/main/resources/web}, served from the
 * class path only) and the JSON API it uses, on Javalin (Jetty 12).
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><td>{@code GET /}</td><td>the page</td></tr>
 *   <tr><td>{@code GET /api/health}</td><td>{@code {"status": "ok", "model": ...}}</td></tr>
 *   <tr><td>{@code GET /api/model}</td><td>the model, its architecture with output shapes, the stages explained, limits</td></tr>
 *   <tr><td>{@code GET /api/samples}</td><td>the sample photos: {@code [{"name", "label"}]}</td></tr>
 *   <tr><td>{@code GET /api/samples/NAME}</td><td>one sample photo</td></tr>
 *   <tr><td>{@code POST /api/predict}</td><td>{@code {"image", "predicted", "probabilities", "model"}}</td></tr>
 *   <tr><td>{@code POST /api/explain}</td><td>the prediction, feature maps and saliency with pictures ({@link ExplanationPayload})</td></tr>
 *   <tr><td>{@code POST /api/explain/sheet}</td><td>the combined PNG of {@code signsnet explain}</td></tr>
 * </table>
 *
 * Images come as the raw body or the multipart field {@code image} ({@link Uploads}). Every error is
 * a 4xx/5xx response with {@code {"error": "one line"}}: 400 empty or malformed request, 404 unknown
 * path, 405 wrong method, 413 upload or image too large, 415 not an image or an unsupported format
 * (HEIC), 422 damaged or truncated image, 500 anything unexpected (logged with its stack trace on
 * the server's console, never sent). Ambiguous URIs ({@code %2e%2e}, encoded slashes) are refused
 * by Jetty with 400.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String JSON = "application/json";
    private static final int MAX_THREADS = 32;
    /** Request bodies held in memory at once, per worker: they bound the memory uploads take. */
    private static final int UPLOADS_PER_WORKER = 4;

    private static final String CSP = "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:;"
            + " style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'";

    private final ServeConfig config;
    private final ImageService service;
    private final SamplePhotos samples;
    private final Semaphore uploads;
    private final Javalin app;
    private final InetAddress address;

    private WebServer(ServeConfig config, SamplePhotos samples, InetAddress address) {
        this.config = config;
        this.address = address;
        this.samples = samples;
        this.uploads = new Semaphore(UPLOADS_PER_WORKER * config.workers(), true);
        this.service = new ImageService(config);
        this.app = Javalin.create(this::configure);
    }

    /**
     * Loads the model ({@code config.workers()} copies) and starts listening. A host that is not an
     * address of this machine, or a port in use, is an IO error, reported before the model is
     * loaded where it can be.
     */
    public static WebServer start(ServeConfig config, SamplePhotos samples) {
        WebServer server = new WebServer(config, samples, ListenAddress.resolve(config.host()));
        try {
            server.app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            server.close();
            throw ListenAddress.cannotListen(config.host(), config.port(), e);
        }
        return server;
    }

    /**
     * The address of the page, e.g. {@code http://127.0.0.1:8080/}; listening on every address
     * ({@code 0.0.0.0}), the address other machines reach it at ({@link ListenAddress#reachable}).
     */
    public URI url() {
        String host = address.isAnyLocalAddress() ? ListenAddress.reachable().getHostAddress() : config.host();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/");
    }

    /** Whether other machines can reach the server: it listens on an address that is not loopback. */
    public boolean reachableFromTheNetwork() {
        return !address.isLoopbackAddress();
    }

    /** What the page shows as its model. */
    public String modelLabel() {
        return service.model().label();
    }

    /** The number of networks serving requests. */
    public int workers() {
        return config.workers();
    }

    /** Blocks until the server has stopped. */
    public void awaitStop() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /** Stops listening and finishes the requests in flight; idempotent. */
    @Override
    public void close() {
        app.stop();
    }

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.http.maxRequestSize = config.maxUploadBytes();
        c.http.prefer405over404 = true;
        c.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 4);
        c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
        c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
        c.jetty.multipartConfig.maxInMemoryFileSize(
                (int) Math.min(Integer.MAX_VALUE, config.maxUploadBytes()), SizeUnit.BYTES);
        c.jetty.modifyHttpConfiguration(http -> {
            http.setUriCompliance(UriCompliance.DEFAULT);
            // A request whose body pauses longer than this, or arrives slower than this rate, is
            // dropped: a slow client loses its upload slot and its thread instead of holding them.
            http.setIdleTimeout(config.timeouts().idle().toMillis());
            http.setMinRequestDataRate(config.timeouts().minBytesPerSecond());
        });
        c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        c.staticFiles.add("/web", Location.CLASSPATH);
        c.routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        c.routes.get("/api/health", ctx -> json(ctx, Map.of("status", "ok", "model", service.model())));
        c.routes.get("/api/model", ctx -> json(ctx, modelJson()));
        c.routes.get("/api/samples", ctx -> json(ctx, samplesJson()));
        c.routes.get("/api/samples/{name}", this::sample);
        c.routes.post("/api/predict", this::predict);
        c.routes.post("/api/explain", this::explain);
        c.routes.post("/api/explain/sheet", this::sheet);
        c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        c.routes.exception(UnreadableImageException.class, (e, ctx) -> error(ctx, status(e), e.getMessage()));
        c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), describe(ctx, e)));
        c.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the server's console has the details");
        });
    }

    private void predict(Context ctx) throws InterruptedException {
        Map<String, Object> json =
                new LinkedHashMap<>(withUpload(ctx, image -> PredictionJson.of(service.predict(image))));
        json.put("model", service.model());
        json(ctx, json);
    }

    private void explain(Context ctx) throws InterruptedException {
        json(ctx, withUpload(ctx, image -> service.explain(image, e -> ExplanationPayload.of(e, service.model()))));
    }

    private void sheet(Context ctx) throws InterruptedException {
        byte[] png = withUpload(
                ctx,
                image -> service.explain(
                        image,
                        e -> ExplanationPayload.png(
                                ExplanationSheet.combined(e, service.model().label()))));
        ctx.contentType("image/png").result(png);
    }

    /** What {@code work} makes of the request's image, read while one of the upload slots is held. */
    private <T> T withUpload(Context ctx, Upload<T> work) throws InterruptedException {
        uploads.acquire();
        try {
            return work.apply(Uploads.read(ctx, config));
        } finally {
            uploads.release();
        }
    }

    /** Work on an uploaded image that may wait for a worker. */
    @FunctionalInterface
    private interface Upload<T> {
        T apply(EncodedImage image) throws InterruptedException;
    }

    private void sample(Context ctx) throws Exception {
        SamplePhotos.Sample sample = samples.get(ctx.pathParam("name"));
        if (sample == null) {
            throw new ApiException(
                    404,
                    "no sample photo called '" + printable(ctx.pathParam("name")) + "'; GET /api/samples lists them");
        }
        ctx.contentType(sample.contentType()).result(Files.readAllBytes(sample.file()));
    }

    private Map<String, Object> modelJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", service.model());
        json.put("input", new int[] {64, 64, 3});
        List<Map<String, Object>> layers = new ArrayList<>();
        for (NetworkSummary.LayerRow row : service.architecture()) {
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("name", row.name());
            layer.put("description", row.description());
            layer.put("output", row.outputShape());
            layer.put("parameters", row.parameters());
            layers.add(layer);
        }
        json.put("layers", layers);
        json.put("stages", service.stages().stream().map(Stage::name).toList());
        json.put("colormaps", Map.of("maps", Colormap.VIRIDIS.cssStops(), "saliency", Colormap.INFERNO.cssStops()));
        json.put("limits", Map.of("upload_bytes", config.maxUploadBytes(), "pixels", config.maxPixels()));
        return json;
    }

    private Map<String, Object> samplesJson() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SamplePhotos.Sample s : samples.list()) {
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("name", s.name());
            sample.put("label", s.label());
            list.add(sample);
        }
        return Map.of("samples", list);
    }

    private static int status(UnreadableImageException e) {
        return switch (e.reason()) {
            case NOT_AN_IMAGE, UNSUPPORTED_FORMAT -> 415;
            case DAMAGED -> 422;
            case TOO_LARGE -> 413;
        };
    }

    private String describe(Context ctx, HttpResponseException e) {
        String path = printable(ctx.path());
        return switch (e.getStatus()) {
            case 404 -> "no such page or API endpoint: " + path;
            case 405 -> ctx.method() + " is not allowed on " + path + "; use " + allowed(path);
            case 413 -> Uploads.tooLarge(config.maxUploadBytes()).getMessage();
            default -> e.getMessage();
        };
    }

    /** A request path fit for a message: control characters dropped, at most 200 characters. */
    private static String printable(String path) {
        String clean = path.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
    }

    private static String allowed(String path) {
        return path.startsWith("/api/predict") || path.startsWith("/api/explain") ? "POST with the image" : "GET";
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType(JSON).result(Json.write(value).getBytes(StandardCharsets.UTF_8));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, Map.of("error", message == null ? "error " + status : message.replaceAll("\\s*\\R\\s*", " ")));
    }
}
