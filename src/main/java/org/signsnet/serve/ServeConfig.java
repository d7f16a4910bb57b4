package org.signsnet.serve;

import java.nio.file.Path;
import java.time.Duration;

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
 * @param timeouts       how long a client may take to send its request ({@link Timeouts})
 */
public record ServeConfig(
        String host,
        int port,
        Path model,
        Path samples,
        long maxUploadBytes,
        long maxPixels,
        int workers,
        Timeouts timeouts) {
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
        if (timeouts == null) {
            throw new IllegalArgumentException("timeouts must be given");
        }
    }

    /**
     * How long a client may take, so that a slow or stalled one loses its upload slot and its
     * thread instead of holding them (Jetty's own settings: the connection's idle timeout while a
     * request is handled, and its minimum request data rate). A request that breaks them gets 408.
     *
     * @param idle              longest pause in a request (its body included) before it is dropped
     * @param minBytesPerSecond slowest average rate a request body may arrive at, counted from its first byte
     */
    public record Timeouts(Duration idle, long minBytesPerSecond) {
        /** 10 s without a byte; a body slower than 4 KB/s (a 20 MB photo at that rate takes 85 minutes). */
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), 4096);

        public Timeouts {
            if (idle == null || idle.isNegative() || idle.isZero() || minBytesPerSecond < 1) {
                throw new IllegalArgumentException("the idle timeout and the minimum data rate must be positive");
            }
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
                defaultWorkers(),
                Timeouts.DEFAULT);
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
        return new ServeConfig(host, value, model, samples, maxUploadBytes, maxPixels, workers, timeouts);
    }

    public ServeConfig withHost(String value) {
        return new ServeConfig(value, port, model, samples, maxUploadBytes, maxPixels, workers, timeouts);
    }

    public ServeConfig withSamples(Path value) {
        return new ServeConfig(host, port, model, value, maxUploadBytes, maxPixels, workers, timeouts);
    }

    public ServeConfig withMaxUploadBytes(long value) {
        return new ServeConfig(host, port, model, samples, value, maxPixels, workers, timeouts);
    }

    public ServeConfig withMaxPixels(long value) {
        return new ServeConfig(host, port, model, samples, maxUploadBytes, value, workers, timeouts);
    }

    public ServeConfig withTimeouts(Timeouts value) {
        return new ServeConfig(host, port, model, samples, maxUploadBytes, maxPixels, workers, value);
    }

    public ServeConfig withWorkers(int value) {
        return new ServeConfig(host, port, model, samples, maxUploadBytes, maxPixels, value, timeouts);
    }
}
