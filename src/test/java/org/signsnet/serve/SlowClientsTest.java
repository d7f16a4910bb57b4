package org.signsnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.testing.TrainedModels;

/**
 * Slow and stalled clients lose their upload slot, not the server: with 16 uploads trickling a
 * byte every 250 ms (2 workers: 8 upload slots), normal predictions are still answered within 2 s;
 * a body that stops short of its Content-Length gets 408 after the idle timeout. The server runs
 * with short timeouts (1 s idle, 1024 bytes/s) so that the test takes seconds; the defaults
 * ({@link ServeConfig.Timeouts#DEFAULT}) work the same way, only slower for a stalled body.
 */
class SlowClientsTest {
    private static final ServeConfig.Timeouts SHORT = new ServeConfig.Timeouts(Duration.ofSeconds(1), 1024);
    private static final int SLOW_CLIENTS = 16;

    @TempDir
    static Path dir;

    private static WebServer server;
    private static byte[] photo;

    @BeforeAll
    static void start() throws IOException {
        server = WebServer.start(
                ServeConfig.defaults(TrainedModels.tiny())
                        .withPort(0)
                        .withWorkers(2)
                        .withTimeouts(SHORT),
                SamplePhotos.none());
        Path png = dir.resolve("photo.png");
        ImageIO.write(WebServerTest.picture(80, 60, 1), "png", png.toFile());
        photo = Files.readAllBytes(png);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void predictionsAreAnsweredWithinTwoSecondsWhileSixteenSlowUploadsAreOpen() throws Exception {
        ApiClient api = new ApiClient(server.url());
        assertThat(api.postRaw("/api/predict", photo).status())
                .as("a first prediction warms the server up")
                .isEqualTo(200);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger timedOut = new AtomicInteger();
        List<Thread> slow = new ArrayList<>();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    if (trickle(server.url(), running).contains(" 408 ")) {
                        timedOut.incrementAndGet();
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            slow.add(t);
        }
        List<String> answerTimes = new ArrayList<>();
        try {
            Thread.sleep(800); // the slow uploads take every slot
            for (int i = 0; i < 6; i++) {
                long start = System.nanoTime();
                ApiClient.Answer answer = api.postRaw("/api/predict", photo);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                answerTimes.add(String.format(Locale.ROOT, "%.2f s", seconds));
                assertThat(seconds)
                        .as("prediction %d while slow uploads are open", i)
                        .isLessThan(2.0);
                Thread.sleep(200);
            }
        } finally {
            running.set(false);
            for (Thread t : slow) {
                t.join(5_000);
            }
        }
        System.out.println("slow clients: predictions answered in " + answerTimes + "; " + timedOut.get()
                + " slow uploads got 408");
        assertThat(timedOut.get()).as("slow uploads dropped with 408").isGreaterThan(0);
    }

    @Test
    void aBodyShorterThanItsContentLengthGets408AfterTheIdleTimeout() throws IOException {
        long start = System.nanoTime();
        String answer;
        try (Socket socket = new Socket(server.url().getHost(), server.url().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head(server.url(), 5_000));
            out.write(new byte[100]);
            out.flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(answer).startsWith("HTTP/1.1 408 ").contains("\"error\"").contains("not received in time");
        assertThat(answer).doesNotContain("Exception");
        assertThat(seconds).isBetween(0.9, 5.0);
    }

    /** One slow upload: a byte every 250 ms until the server answers; returns what it answered. */
    private static String trickle(URI url, AtomicBoolean running) {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(250);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head(url, 200_000));
            out.flush();
            StringBuilder answer = new StringBuilder();
            for (int i = 0; i < 200 && running.get(); i++) {
                out.write('x');
                out.flush();
                try {
                    byte[] buffer = new byte[4096];
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    break;
                } catch (SocketTimeoutException e) {
                    // nothing yet: send the next byte
                }
            }
            return answer.toString();
        } catch (IOException e) {
            return ""; // the server closed the connection
        }
    }

    private static byte[] head(URI url, int contentLength) {
        return ("POST /api/predict HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                        + "\r\nContent-Type: image/png\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
