package org.signsnet.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.signsnet.SignsnetException;
import org.signsnet.image.EncodedImage;
import org.signsnet.serve.SamplePhotos;
import org.signsnet.serve.ServeConfig;
import org.signsnet.serve.WebServer;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.ImageFixtures;
import org.signsnet.testing.TrainedModels;

/** The load test's bookkeeping (a functional test: it times nothing against a target). */
class LoadBenchmarkTest {
    @Test
    void everyRequestIsCountedAndTheStatisticsAreOrdered() {
        ServeConfig config =
                ServeConfig.defaults(TrainedModels.tiny()).withPort(0).withWorkers(2);
        try (WebServer server = WebServer.start(config, SamplePhotos.none())) {
            LoadBenchmark.Result r = new LoadBenchmark(server.url()).run(hand(), new LoadBenchmark.Options(40, 4, 4));
            assertThat(r.requests()).isEqualTo(40);
            assertThat(r.errors()).as(r.firstErrors().toString()).isZero();
            assertThat(r.medianMillis()).isPositive().isLessThanOrEqualTo(r.p99Millis());
            assertThat(r.p99Millis()).isLessThanOrEqualTo(r.maxMillis());
            assertThat(r.perSecond()).isCloseTo(40 / r.seconds(), within(1e-9));
        }
    }

    @Test
    void aServerThatRefusesTheImageFailsTheRunBeforeItStarts() {
        ServeConfig config = ServeConfig.defaults(TrainedModels.tiny())
                .withPort(0)
                .withWorkers(1)
                .withMaxUploadBytes(1000);
        try (WebServer server = WebServer.start(config, SamplePhotos.none())) {
            assertThatThrownBy(() -> new LoadBenchmark(server.url()).run(hand(), new LoadBenchmark.Options(5, 1, 0)))
                    .isInstanceOf(SignsnetException.class)
                    .hasMessageContaining("HTTP 413");
        }
    }

    @Test
    void theCommandReportsZeroErrorsAndExitsZero() {
        CliRun run = CliRun.of(
                "load-test",
                "--model",
                TrainedModels.tiny().toString(),
                "--image",
                ImageFixtures.path("hand.png").toString(),
                "--requests",
                "20",
                "--clients",
                "3",
                "--warmup",
                "2",
                "--workers",
                "1");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("errors      0")
                .contains("latency     median")
                .contains("requests/s");
    }

    @Test
    void p99IsTheNearestRank() {
        double[] sorted = new double[200];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(LoadBenchmark.percentile(sorted, 0.99)).isEqualTo(198);
        assertThat(LoadBenchmark.percentile(new double[] {5}, 0.99)).isEqualTo(5);
    }

    private static EncodedImage hand() {
        return EncodedImage.read(ImageFixtures.path("hand.png"));
    }
}
