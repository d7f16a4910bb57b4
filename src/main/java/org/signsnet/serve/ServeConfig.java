package org.signsnet.serve;

import java.nio.file.Path;

/**
 * How {@code signsnet serve} runs.
 *
 * @param host           address to listen on; {@value #DEFAULT_HOST} (this machine only) unless asked otherwise
 * @param port           TCP port, 0 for any free one
 * @param model          the model file
 * @param samples        the directory of sample photos the page offers, or null for none
 * @param maxUploadBytes largest request body accepted; larger ones get 413
 * @param maxPixels      largest image accepted, in pixels (width x height from its header); larger ones get 413
 * @param workers        networks kept for concurrent requests (each decodes and runs one image at a time)
 */
public record ServeConfig(
        String host, int port, Path model, Path samples, long maxUploadBytes, long maxPixels, int workers) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** 20 MB: a full-resolution phone photo is 2 to 12 MB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    /** 64 megapixels: more than any phone camera's default resolution (48 to 50 MP). */
    public static final long DEFAULT_MAX_PIXELS = 64_000_000L;

    public ServeConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        if (maxUploadBytes < 1 || maxPixels < 1 || workers < 1) {
            throw new IllegalArgumentException("maxUploadBytes, maxPixels and workers must be positive");
        }
    }

    /** Defaults for {@code model}: localhost, port 8080, 20 MB, 64 MP, {@link #defaultWorkers()} workers, no samples. */
    public static ServeConfig defaults(Path model) {
        return new ServeConfig(
                DEFAULT_HOST,
                DEFAULT_PORT,
                model,
                null,
                DEFAULT_MAX_UPLOAD_BYTES,
                DEFAULT_MAX_PIXELS,
                defaultWorkers());
    }

    /**
     * One worker per core, at most 4, and at most one per 320 MB of heap above 256 MB: a worker
     * decoding a 16-megapixel photo holds about 250 MB (2 workers in the launcher's 1 GB heap).
     */
    public static int defaultWorkers() {
        long heapWorkers = (Runtime.getRuntime().maxMemory() - 256L * 1024 * 1024) / (320L * 1024 * 1024);
        return (int) Math.max(1, Math.min(Math.min(4, Runtime.getRuntime().availableProcessors()), heapWorkers));
    }

    public ServeConfig withPort(int value) {
        return new ServeConfig(host, value, model, samples, maxUploadBytes, maxPixels, workers);
    }

    public ServeConfig withHost(String value) {
        return new ServeConfig(value, port, model, samples, maxUploadBytes, maxPixels, workers);
    }

    public ServeConfig withSamples(Path value) {
        return new ServeConfig(host, port, model, value, maxUploadBytes, maxPixels, workers);
    }

    public ServeConfig withMaxUploadBytes(long value) {
        return new ServeConfig(host, port, model, samples, value, maxPixels, workers);
    }

    public ServeConfig withMaxPixels(long value) {
        return new ServeConfig(host, port, model, samples, maxUploadBytes, value, workers);
    }

    public ServeConfig withWorkers(int value) {
        return new ServeConfig(host, port, model, samples, maxUploadBytes, maxPixels, value);
    }
}
