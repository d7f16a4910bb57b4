package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signsnet.SignsnetException;
import org.signsnet.serve.SamplePhotos;
import org.signsnet.serve.ServeConfig;
import org.signsnet.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet serve}: the local web page that shows what the network sees. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start a local web page that shows what the network sees in your photos.",
            "Drop a photo or take one with the webcam and see the prediction, the 64x64 input, every feature map",
            "and the saliency, next to the network's architecture. Prints its URL; Ctrl-C stops it.",
            "The JSON API the page uses: POST /api/predict, POST /api/explain (the image as the raw",
            "body or the multipart field 'image'), GET /api/health, /api/model, /api/samples."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ModelOption model;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = ServeConfig.DEFAULT_HOST,
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    private String host;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(
            names = "--samples",
            paramLabel = "DIR",
            description = "Sample photos the page offers (default: $" + SamplePhotos.ENV_VARIABLE
                    + ", else the project's data/samples).")
    private Path samples;

    @Option(
            names = "--max-upload-mb",
            paramLabel = "MB",
            defaultValue = "20",
            description = "Largest upload accepted, in MB; larger ones get HTTP 413 (default: ${DEFAULT-VALUE}).")
    private int maxUploadMb;

    @Option(
            names = "--max-megapixels",
            paramLabel = "MP",
            defaultValue = "64",
            description =
                    "Largest image accepted, in megapixels; larger ones get HTTP 413 (default: ${DEFAULT-VALUE}).")
    private int maxMegapixels;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description = "Copies of the network serving requests at once (default: one per core, at most 4,"
                    + " and at most one per 320 MB of heap above 256 MB).")
    private Integer workers;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535 || maxUploadMb < 1 || maxMegapixels < 1 || (workers != null && workers < 1)) {
            throw SignsnetException.usage("--port must be in 0..65535; --max-upload-mb, --max-megapixels and --workers"
                    + " must be at least 1");
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path samplesDir = SamplePhotos.resolve(samples, System::getenv, cwd);
        SamplePhotos photos = samplesDir == null ? SamplePhotos.none() : SamplePhotos.in(samplesDir);
        ServeConfig config = new ServeConfig(
                host,
                port,
                model.file(),
                samplesDir,
                maxUploadMb * 1024L * 1024L,
                maxMegapixels * 1_000_000L,
                workers == null ? ServeConfig.defaultWorkers() : workers,
                ServeConfig.Timeouts.DEFAULT);
        WebServer server = WebServer.start(config, photos);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            err.println("signsnet serve: stopped");
                            err.flush();
                        },
                        "signsnet-serve-shutdown"));
        if (server.reachableFromTheNetwork()) {
            err.println("signsnet: warning: listening on " + host + ", so anyone on your network can use this page"
                    + " and its API (no password, no HTTPS); use --host 127.0.0.1 to keep it on this machine");
            err.flush();
        }
        out.println("signsnet serve: " + server.url() + "  (Ctrl-C to stop)");
        out.println("model " + server.modelLabel() + ", " + server.workers() + " worker"
                + (server.workers() == 1 ? "" : "s")
                + (samplesDir == null
                        ? "; no sample photos (looked in " + SamplePhotos.candidates(System::getenv, cwd) + ")"
                        : "; " + photos.list().size() + " sample photos in " + shortest(samplesDir, cwd)));
        out.flush();
        server.awaitStop();
        return 0;
    }

    /** {@code dir} relative to the working directory when it lies below it, else as it is. */
    private static Path shortest(Path dir, Path cwd) {
        return dir.startsWith(cwd) && !dir.equals(cwd) ? cwd.relativize(dir) : dir;
    }
}
