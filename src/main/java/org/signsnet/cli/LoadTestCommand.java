package org.signsnet.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.signsnet.SignsnetException;
import org.signsnet.image.EncodedImage;
import org.signsnet.io.Json;
import org.signsnet.perf.LoadBenchmark;
import org.signsnet.serve.SamplePhotos;
import org.signsnet.serve.ServeConfig;
import org.signsnet.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet load-test}: concurrent {@code POST /api/predict} requests against a server. */
@Command(
        name = "load-test",
        mixinStandardHelpOptions = true,
        description = {
            "Load-test the web API: errors, latency and throughput of concurrent predictions.",
            "Sends concurrent POST /api/predict requests against --url URL (a running 'signsnet serve'), or else",
            "against a server started in this process with --model (client and server then share this machine's",
            "cores). Every answer must equal the first; the exit code is 1 when any request failed."
        })
public final class LoadTestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ModelOption model;

    @Option(names = "--url", paramLabel = "URL", description = "A running server, e.g. http://127.0.0.1:8080/.")
    private URI url;

    @Option(
            names = "--image",
            paramLabel = "FILE",
            description = "The photo to send (default: my_image.jpg of the sample photos, see 'serve --help').")
    private Path image;

    @Option(
            names = "--requests",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Measured requests (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(
            names = "--clients",
            paramLabel = "N",
            defaultValue = "16",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "100",
            description = "Requests before measuring, not counted (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description = "Workers of the in-process server (default: as 'serve').")
    private Integer workers;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        LoadBenchmark.Options options;
        try {
            options = new LoadBenchmark.Options(requests, clients, warmup);
        } catch (IllegalArgumentException e) {
            throw SignsnetException.usage("invalid option: " + e.getMessage());
        }
        EncodedImage photo = EncodedImage.read(image != null ? image : defaultImage());
        WebServer server = null;
        try {
            URI target = url;
            if (target == null) {
                ServeConfig config = ServeConfig.defaults(model.file()).withPort(0);
                server = WebServer.start(workers == null ? config : config.withWorkers(workers), SamplePhotos.none());
                target = server.url();
            }
            LoadBenchmark.Result result = new LoadBenchmark(target).run(photo, options);
            print(result, target, photo, server);
            return result.errors() == 0 ? 0 : 1;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static Path defaultImage() {
        Path cwd = Path.of("").toAbsolutePath();
        Path samples = SamplePhotos.resolve(null, System::getenv, cwd);
        if (samples == null || SamplePhotos.in(samples).get("my_image.jpg") == null) {
            throw SignsnetException.usage("no my_image.jpg among the sample photos (looked in "
                    + SamplePhotos.candidates(System::getenv, cwd) + "); give the photo with --image FILE");
        }
        return samples.resolve("my_image.jpg");
    }

    private void print(LoadBenchmark.Result r, URI target, EncodedImage photo, WebServer server) {
        PrintWriter out = spec.commandLine().getOut();
        String serverText = server == null
                ? target.toString()
                : "an in-process server (" + server.workers() + " workers, " + server.modelLabel() + ")";
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("server", serverText);
            result.put("image", photo.name());
            result.put("image_bytes", photo.bytes().length);
            result.put("cores", Runtime.getRuntime().availableProcessors());
            result.put("result", r);
            out.println(Json.write(result));
        } else {
            out.printf(
                    Locale.ROOT,
                    "load test: %d POST /api/predict of %s (%d KB) from %d clients against %s, after %d warm-up"
                            + " requests%n",
                    r.requests(),
                    photo.name(),
                    photo.bytes().length / 1024,
                    r.clients(),
                    serverText,
                    warmup);
            out.printf(Locale.ROOT, "errors      %d%n", r.errors());
            r.firstErrors().forEach(e -> out.println("  " + e));
            out.printf(
                    Locale.ROOT,
                    "latency     median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    r.medianMillis(),
                    r.p99Millis(),
                    r.maxMillis());
            out.printf(
                    Locale.ROOT,
                    "throughput  %.1f requests/s (%d in %.1f s, %d cores)%n",
                    r.perSecond(),
                    r.requests(),
                    r.seconds(),
                    Runtime.getRuntime().availableProcessors());
        }
        out.flush();
    }
}
