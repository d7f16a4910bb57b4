package org.signsnet.perf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.signsnet.SignsnetException;
import org.signsnet.image.EncodedImage;
import org.signsnet.io.FailureText;
import org.signsnet.io.Json;

/**
 * A load test of {@code POST /api/predict}: {@code clients} threads, each with its own HTTP
 * connection (java.net.http, HTTP/1.1, keep-alive), send the same image as the raw body one request
 * after another until {@code requests} have been sent; the latency of each (send to last byte) is
 * recorded. A request counts as an error unless it answers 200 with exactly the probabilities of a
 * first, unhurried request. {@code warmup} requests (same clients, not recorded) run first so that
 * the JIT has compiled the server's paths.
 */
public final class LoadBenchmark {
    /**
     * @param requests measured requests, at least 1
     * @param clients  concurrent clients, at least 1
     * @param warmup   requests sent before measuring, not recorded
     */
    public record Options(int requests, int clients, int warmup) {
        public Options {
            if (requests < 1 || clients < 1 || warmup < 0) {
                throw new IllegalArgumentException("need requests >= 1, clients >= 1, warmup >= 0");
            }
        }
    }

    /**
     * What a run measured.
     *
     * @param requests      measured requests
     * @param clients       concurrent clients
     * @param errors        requests that failed or answered anything but the expected prediction
     * @param firstErrors   up to five error descriptions
     * @param medianMillis  median latency
     * @param p99Millis     99th percentile latency (nearest rank)
     * @param maxMillis     slowest request
     * @param seconds       wall time of the measured requests
     * @param perSecond     measured requests per second of wall time
     */
    public record Result(
            int requests,
            int clients,
            int errors,
            List<String> firstErrors,
            double medianMillis,
            double p99Millis,
            double maxMillis,
            double seconds,
            double perSecond) {
        public Result {
            firstErrors = List.copyOf(firstErrors);
        }
    }

    private final HttpClient client;
    private final URI predict;

    public LoadBenchmark(URI base) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.predict = base.resolve("/api/predict");
    }

    /** Runs the warm-up and the measured requests of {@code image}. */
    public Result run(EncodedImage image, Options options) {
        Answer expected = send(image);
        if (expected.error() != null) {
            throw SignsnetException.io("POST " + predict + " failed before the load test: " + expected.error(), null);
        }
        phase(image, options.warmup(), options.clients(), expected.probabilities());
        long start = System.nanoTime();
        List<Answer> answers = phase(image, options.requests(), options.clients(), expected.probabilities());
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] millis = answers.stream().mapToDouble(Answer::millis).toArray();
        Arrays.sort(millis);
        List<String> errors =
                answers.stream().map(Answer::error).filter(e -> e != null).toList();
        return new Result(
                options.requests(),
                options.clients(),
                errors.size(),
                errors.subList(0, Math.min(5, errors.size())),
                Median.of(millis),
                percentile(millis, 0.99),
                millis[millis.length - 1],
                seconds,
                options.requests() / seconds);
    }

    /** The nearest-rank {@code q}-quantile of sorted values. */
    static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private List<Answer> phase(EncodedImage image, int count, int clients, JsonNode expected) {
        if (count == 0) {
            return List.of();
        }
        AtomicInteger next = new AtomicInteger();
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        answers.add(check(send(image), expected));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SignsnetException.io("load test interrupted", e);
        } catch (ExecutionException e) {
            throw SignsnetException.io("load test client failed: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
        return answers;
    }

    private static Answer check(Answer answer, JsonNode expected) {
        if (answer.error() == null && !expected.equals(answer.probabilities())) {
            return new Answer(answer.millis(), null, "different probabilities: " + answer.probabilities());
        }
        return answer;
    }

    private Answer send(EncodedImage image) {
        HttpRequest request = HttpRequest.newBuilder(predict)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(image.bytes()))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                return new Answer(
                        millis,
                        null,
                        "HTTP " + response.statusCode() + ": "
                                + new String(response.body(), StandardCharsets.UTF_8).strip());
            }
            return new Answer(millis, Json.mapper().readTree(response.body()).get("probabilities"), null);
        } catch (IOException e) {
            return new Answer((System.nanoTime() - start) / 1e6, null, FailureText.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer((System.nanoTime() - start) / 1e6, null, "interrupted");
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request's latency and either its probabilities or what went wrong. */
    private record Answer(double millis, JsonNode probabilities, String error) {}
}
