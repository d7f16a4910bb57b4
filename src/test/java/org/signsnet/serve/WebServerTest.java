package org.signsnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signsnet.io.Json;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.ImageFixtures;
import org.signsnet.testing.PngFiles;
import org.signsnet.testing.TrainedModels;

/**
 * The web API through a real HTTP client against a running server: answers, the same numbers as
 * {@code signsnet predict --json}, every documented error as {@code {"error": "one line"}}, no path
 * traversal, and correct answers under concurrent requests.
 */
class WebServerTest {
    /** Small limits, so that the 413s are cheap to provoke. */
    static final long MAX_UPLOAD = 300_000;

    static final long MAX_PIXELS = 1000L * 1000L;

    @TempDir
    static Path dir;

    private static Path model;
    private static WebServer server;
    private static ApiClient api;
    private static final List<Path> images = new ArrayList<>();

    @BeforeAll
    static void startTheServer() throws IOException {
        model = TrainedModels.tiny();
        Path samples = Files.createDirectories(dir.resolve("samples"));
        for (int i = 0; i < 4; i++) {
            Path image = samples.resolve(i + "_photo" + i + ".png");
            ImageIO.write(picture(90 + 7 * i, 70 + 5 * i, i), "png", image.toFile());
            images.add(image);
        }
        Files.copy(ImageFixtures.path("hand.png"), samples.resolve("my_image.png"));
        Files.writeString(samples.resolve("notes.txt"), "not a sample");
        Files.writeString(dir.resolve("secret.txt"), "outside the samples directory");
        ServeConfig config = ServeConfig.defaults(model)
                .withPort(0)
                .withSamples(samples)
                .withMaxUploadBytes(MAX_UPLOAD)
                .withMaxPixels(MAX_PIXELS)
                .withWorkers(2);
        server = WebServer.start(config, SamplePhotos.in(samples));
        api = new ApiClient(server.url());
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void itListensOnTheLoopbackAddressByDefault() {
        assertThat(ServeConfig.defaults(model).host()).isEqualTo("127.0.0.1");
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void healthAndThePageAnswer() {
        ApiClient.Answer health = api.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        ApiClient.Answer page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("<title>signsnet").contains("app.js").doesNotContain("http://", "https://");
        for (String resource : new String[] {"/app.js", "/app.css"}) {
            ApiClient.Answer answer = api.get(resource);
            assertThat(answer.status()).as(resource).isEqualTo(200);
            assertThat(answer.text())
                    .as(resource + " loads nothing from outside")
                    .doesNotContain("http://", "https://");
        }
    }

    @Test
    void modelDescribesTheArchitectureWithOutputShapes() {
        JsonNode json = api.get("/api/model").json();
        assertThat(json.get("model").get("preset").asText()).isEqualTo("notebook");
        assertThat(json.get("model").get("classes").toString()).isEqualTo("[\"0\",\"1\",\"2\",\"3\",\"4\",\"5\"]");
        List<String> shapes = new ArrayList<>();
        json.get("layers").forEach(layer -> shapes.add(layer.get("name").asText() + " " + layer.get("output")));
        assertThat(shapes)
                .containsExactly("conv1 [64,64,8]", "pool1 [8,8,8]", "conv2 [8,8,16]", "pool2 [2,2,16]", "fc [6]");
    }

    @Test
    void predictGivesTheNumbersOfPredictJsonForRawAndMultipartUploads() throws IOException {
        Path file = images.get(1);
        CliRun cli = CliRun.of("predict", "--json", "--model", model.toString(), file.toString());
        assertThat(cli.code()).as(cli.toString()).isZero();
        JsonNode expected = Json.mapper().readTree(cli.out()).get(0);
        byte[] bytes = Files.readAllBytes(file);
        for (ApiClient.Answer answer : List.of(
                api.postRaw("/api/predict", bytes), api.postMultipart("/api/predict", "image", "photo.png", bytes))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode json = answer.json();
            assertThat(json.get("predicted")).isEqualTo(expected.get("predicted"));
            assertThat(json.get("label")).isEqualTo(expected.get("label"));
            assertThat(json.get("label").asText())
                    .isEqualTo(expected.get("predicted").asText());
            assertThat(json.get("probabilities")).isEqualTo(expected.get("probabilities"));
            assertThat(json.get("model").get("file").asText()).isEqualTo(model.toString());
        }
        assertThat(api.postMultipart("/api/predict", "image", "photo.png", bytes)
                        .json()
                        .get("image")
                        .asText())
                .isEqualTo("photo.png");
    }

    @Test
    void explainReturnsTheMapsOfEveryStageAsPngs() throws IOException {
        byte[] bytes = Files.readAllBytes(images.get(2));
        ApiClient.Answer answer = api.postMultipart("/api/explain", "image", "x.png", bytes);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode json = answer.json();
        JsonNode predicted = api.postRaw("/api/predict", bytes).json();
        assertThat(json.get("probabilities")).isEqualTo(predicted.get("probabilities"));
        assertThat(size(json.get("input").asText())).containsExactly(64, 64);
        assertThat(size(json.get("saliency").get("overlay").asText())).containsExactly(64, 64);
        assertThat(json.get("saliency").get("class").asInt())
                .isEqualTo(json.get("predicted").asInt());
        List<String> stages = new ArrayList<>();
        for (JsonNode stage : json.get("stages")) {
            JsonNode maps = stage.get("maps");
            stages.add(stage.get("name").asText() + " " + maps.size());
            int side = stage.get("shape").get(0).asInt();
            assertThat(size(maps.get(maps.size() - 1).get("png").asText())).containsExactly(side, side);
        }
        assertThat(stages).containsExactly("conv1 8", "pool1 8", "conv2 16", "pool2 16");
        ApiClient.Answer sheet = api.postRaw("/api/explain/sheet", bytes);
        assertThat(sheet.contentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(sheet.body())).getWidth())
                .isGreaterThan(1000);
    }

    @Test
    void samplesAreListedAndServedByNameOnly() throws IOException {
        JsonNode samples = api.get("/api/samples").json().get("samples");
        List<String> names = new ArrayList<>();
        samples.forEach(s -> names.add(s.get("name").asText() + ":" + s.get("label")));
        assertThat(names)
                .containsExactly(
                        "my_image.png:null", "0_photo0.png:0", "1_photo1.png:1", "2_photo2.png:2", "3_photo3.png:3");
        ApiClient.Answer photo = api.get("/api/samples/2_photo2.png");
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.body()).isEqualTo(Files.readAllBytes(images.get(2)));
        assertError(api.get("/api/samples/notes.txt"), 404, "no sample photo called 'notes.txt'");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(
            strings = {
                "/../pom.xml",
                "/%2e%2e/%2e%2e/pom.xml",
                "/web/../logback.xml",
                "/logback.xml",
                "/org/signsnet/Main.class",
                "/api/samples/../secret.txt",
                "/api/samples/..%2fsecret.txt",
                "/api/samples/%2e%2e%2fsecret.txt",
                "/api/samples/..%5csecret.txt",
                "/..%2f..%2fetc%2fpasswd",
                "/index.html/..%2f..%2fpom.xml"
            })
    void pathsOutsideThePagesResourcesAreRefused(String path) {
        ApiClient.Answer answer = api.get(path);
        assertThat(answer.status()).as(answer.toString()).isIn(400, 404);
        assertOneLineJsonError(answer);
        assertThat(answer.text()).doesNotContain("outside the samples directory", "<configuration>", "<project");
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        assertError(api.postRaw("/api/predict", new byte[0]), 400, "empty request");
        assertError(api.postMultipart("/api/explain", "image", "empty.jpg", new byte[0]), 400, "empty request");
    }

    @Test
    void aMultipartBodyWithoutTheImageFieldOrMalformedIsABadRequest() throws IOException {
        assertError(
                api.postMultipart("/api/predict", "photo", "a.png", Files.readAllBytes(images.get(0))),
                400,
                "no file field 'image'");
        ApiClient.Answer garbage = api.send("POST", "/api/predict", "garbage".getBytes());
        assertThat(garbage.status()).isEqualTo(415); // a raw body that is no image
        ApiClient.Answer malformed =
                new ApiClient(server.url()).postMultipart("/api/predict", "image", "a.png", new byte[0]);
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void aNonImageAndHeicAreUnsupportedMediaTypes() throws IOException {
        assertError(api.postRaw("/api/predict", "just some text".getBytes()), 415, "is not an image signsnet can read");
        assertError(
                api.postMultipart(
                        "/api/predict", "image", "IMG_0001.HEIC", Files.readAllBytes(ImageFixtures.path("hand.heic"))),
                415,
                "IMG_0001.HEIC is HEIC");
    }

    @Test
    void aTruncatedJpegIsUnprocessable() throws IOException {
        byte[] jpeg = Files.readAllBytes(ImageFixtures.path("hand-ycck.jpg"));
        assertError(
                api.postMultipart("/api/predict", "image", "half.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)),
                422,
                "half.jpg is a damaged or truncated JPEG");
        assertError(api.postRaw("/api/explain", Arrays.copyOf(jpeg, jpeg.length / 2)), 422, "damaged or truncated");
    }

    @Test
    void uploadsAboveTheLimitAreTooLargeWithOrWithoutContentLength() {
        byte[] big = new byte[(int) MAX_UPLOAD + 1];
        new Random(1).nextBytes(big);
        assertError(api.postRaw("/api/predict", big), 413, "larger than this server's limit");
        assertError(api.postChunked("/api/predict", big), 413, "larger than this server's limit");
        assertError(api.postMultipart("/api/explain", "image", "big.jpg", big), 413, "larger than this server's limit");
        assertThat(api.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void imagesAboveThePixelLimitAreTooLarge() throws IOException {
        byte[] lying = Files.readAllBytes(PngFiles.lyingHeader(dir.resolve("lying.png"), 30_000, 30_000));
        assertError(api.postRaw("/api/predict", lying), 413, "30000x30000 pixels");
        byte[] justAbove = png(new BufferedImage(1001, 1000, BufferedImage.TYPE_INT_RGB));
        assertError(api.postRaw("/api/predict", justAbove), 413, "at most 1.0 megapixels");
    }

    @Test
    void wrongMethodsAndUnknownPathsGetTheirStatus() {
        assertError(api.get("/api/predict"), 405, "GET is not allowed on /api/predict; use POST");
        assertError(api.send("DELETE", "/api/explain", new byte[0]), 405, "DELETE is not allowed");
        assertError(api.send("PUT", "/api/health", new byte[0]), 405, "use GET");
        assertError(api.get("/api/nothing"), 404, "no such page or API endpoint: /api/nothing");
    }

    @Test
    void concurrentRequestsGetTheAnswersOfTheirOwnImages() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        List<JsonNode> sequential = new ArrayList<>();
        for (Path image : images) {
            bodies.add(Files.readAllBytes(image));
            sequential.add(api.postRaw("/api/predict", bodies.get(bodies.size() - 1))
                    .json()
                    .get("probabilities"));
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int r = 0; r < 48; r++) {
                int i = r % bodies.size();
                boolean explain = r % 6 == 0;
                results.add(clients.submit(() -> {
                    ApiClient.Answer answer = explain
                            ? api.postMultipart("/api/explain", "image", "c.png", bodies.get(i))
                            : api.postRaw("/api/predict", bodies.get(i));
                    JsonNode probabilities = answer.json().get("probabilities");
                    return answer.status() == 200 && sequential.get(i).equals(probabilities)
                            ? null
                            : "request " + i + ": " + answer;
                }));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isNull();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Damaged uploads get a 4xx JSON error or, where the damage leaves a valid image, an answer: never a 500. */
    @Test
    void damagedUploadsNeverCauseAServerError() throws IOException {
        Random random = new Random(15);
        byte[] jpeg = Files.readAllBytes(ImageFixtures.path("hand-ycck.jpg"));
        byte[] png = Files.readAllBytes(images.get(0));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] source = i % 2 == 0 ? jpeg : png;
            byte[] damaged = i < 20
                    ? Arrays.copyOf(source, random.nextInt(source.length))
                    : flip(source, random.nextInt(source.length), 1 + random.nextInt(255));
            ApiClient.Answer answer = api.postRaw(i % 3 == 0 ? "/api/explain" : "/api/predict", damaged);
            if (answer.status() != 200
                    && (answer.status() < 400 || answer.status() >= 500 || !isOneLineJsonError(answer))) {
                failures.add("case " + i + ": " + answer);
            }
        }
        assertThat(failures).isEmpty();
    }

    static void assertError(ApiClient.Answer answer, int status, String contains) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertOneLineJsonError(answer);
        assertThat(answer.json().get("error").asText()).contains(contains);
    }

    static void assertOneLineJsonError(ApiClient.Answer answer) {
        assertThat(isOneLineJsonError(answer))
                .as("a one-line {\"error\": ...}: " + answer)
                .isTrue();
    }

    static boolean isOneLineJsonError(ApiClient.Answer answer) {
        if (answer.contentType() == null || !answer.contentType().startsWith("application/json")) {
            return false;
        }
        JsonNode json = answer.json();
        String error = json.path("error").asText("");
        return json.size() == 1
                && !error.isBlank()
                && !error.contains("\n")
                && !error.contains("\tat ")
                && !error.contains("Exception:")
                && !CliRun.JAVA_CLASS_NAME.matcher(error).find()
                && !answer.text().contains("at org.");
    }

    private static byte[] flip(byte[] bytes, int position, int mask) {
        byte[] copy = bytes.clone();
        copy[position] ^= (byte) mask;
        return copy;
    }

    private static int[] size(String dataUrl) throws IOException {
        assertThat(dataUrl).startsWith("data:image/png;base64,");
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(22))));
        return new int[] {image.getHeight(), image.getWidth()};
    }

    static BufferedImage picture(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 3 + seed * 40) % 256 << 16 | (y * 2 + seed * 17) % 256 << 8 | (x + y) % 256);
            }
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
