package org.signsnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.testing.ChildJvm;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.TrainedModels;

/** {@code signsnet serve} as a process: it prints its URL, answers, and stops cleanly on Ctrl-C. */
class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("signsnet serve: (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void itPrintsItsUrlServesAndStopsCleanlyOnCtrlC() throws Exception {
        Path model = TrainedModels.tiny();
        ChildJvm child = ChildJvm.start(
                dir, "serve", "serve", "--model", model.toString(), "--port", "0", "--samples", dir.toString());
        URI url = awaitUrl(child);
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        ApiClient api = new ApiClient(url);
        assertThat(api.get("/api/health").status()).isEqualTo(200);
        assertThat(child.stdout()).contains("model " + model + " (notebook preset, 2 epochs)");
        child.signal("INT");
        int code = child.waitFor(60);
        assertThat(code).as(child.stderr()).isEqualTo(130);
        assertThat(child.stderr()).contains("signsnet serve: stopped").doesNotContain("Exception", "\tat ");
    }

    @Test
    void withoutAModelItSaysInOneLineHowToMakeOne() {
        CliRun run =
                CliRun.of("serve", "--model", dir.resolve("reports/model.zip").toString(), "--port", "0");
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.oneLineErrorProblem()).isNull();
        assertThat(run.err()).contains("does not exist").contains("signsnet train");
    }

    @Test
    void aPortInUseIsAnIoError() {
        Path model = TrainedModels.tiny();
        try (WebServer first =
                WebServer.start(ServeConfig.defaults(model).withPort(0).withWorkers(1), SamplePhotos.none())) {
            CliRun run = CliRun.of(
                    "serve",
                    "--model",
                    model.toString(),
                    "--port",
                    String.valueOf(first.url().getPort()),
                    "--workers",
                    "1");
            assertThat(run.code()).isEqualTo(5);
            assertThat(run.oneLineErrorProblem()).isNull();
            assertThat(run.err())
                    .contains("cannot listen on 127.0.0.1:" + first.url().getPort())
                    .contains("the port is in use by another program")
                    .contains("--port");
        }
    }

    @Test
    void onEveryAddressItWarnsThatThePageIsReachableAndPrintsWhere() throws Exception {
        Path model = TrainedModels.tiny();
        ChildJvm child = ChildJvm.start(
                dir, "serve-all", "serve", "--model", model.toString(), "--host", "0.0.0.0", "--port", "0");
        URI url = awaitUrl(child);
        assertThat(url.getHost()).isNotIn("localhost", "0.0.0.0");
        assertThat(child.stderr())
                .contains("signsnet: warning: listening on 0.0.0.0, so anyone on your network can use this page")
                .contains("--host 127.0.0.1");
        // only loopback traffic in tests: the same server through 127.0.0.1
        assertThat(new ApiClient(URI.create("http://127.0.0.1:" + url.getPort() + "/"))
                        .get("/api/health")
                        .status())
                .isEqualTo(200);
        child.signal("INT");
        assertThat(child.waitFor(60)).isEqualTo(130);
    }

    @Test
    void aHostThatIsNoAddressOfThisMachineIsOneIoLineBeforeTheModelLoads() {
        for (String host : new String[] {"999.1.1.1", "192.0.2.1"}) {
            CliRun run = CliRun.of(
                    "serve", "--model", dir.resolve("no-model.zip").toString(), "--host", host, "--port", "0");
            assertThat(run.code()).as(run.toString()).isEqualTo(5);
            assertThat(run.oneLineErrorProblem()).isNull();
            assertThat(run.err()).contains("cannot listen on " + host + ": ").doesNotContain("port", "in use");
        }
    }

    private static URI awaitUrl(ChildJvm child) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher m = URL.matcher(child.stdout());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!child.process().isAlive()) {
                throw new AssertionError("serve exited " + child.process().exitValue() + ": " + child.stderr());
            }
            Thread.sleep(200);
        }
        child.process().destroyForcibly();
        throw new AssertionError("serve printed no URL within 120 s: " + child.stderr());
    }
}
