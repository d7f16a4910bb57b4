package org.signsnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.signsnet.data.RealSignsData;
import org.signsnet.predict.Predictor;
import org.signsnet.testing.TrainedModels;

/**
 * The page of {@code signsnet serve} in a real browser: Debian's {@code chromium} driven by its
 * {@code chromium-driver} through Selenium, headless, with no network but the local server.
 * {@code .ci/run} installs both packages; their paths can be overridden with the environment
 * variables {@code CHROMIUM} and {@code CHROMEDRIVER}. The page is opened, {@code my_image.jpg}
 * uploaded, and the prediction (the class and name that {@link Predictor} gives with the notebook's
 * 100-epoch model) and every picture checked; a sample photo, the webcam (Chromium's fake camera) and a bad file are tried; the browser
 * console must stay free of errors (the page's Content-Security-Policy allows nothing from
 * outside). Screenshots go to {@code target/screenshots/}.
 */
class ServePageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Selenium warns that it has no DevTools bindings for this Chromium version; the test uses none. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    static Path profile;

    private static WebServer server;
    private static WebDriver browser;
    private static Path samples;

    @BeforeAll
    static void startServerAndBrowser() {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        Path model = TrainedModels.notebook100();
        samples = RealSignsData.samples();
        server =
                WebServer.start(ServeConfig.defaults(model).withPort(0).withSamples(samples), SamplePhotos.in(samples));
        browser = chromium(profile);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void uploadingMyImageShowsThePredictionAndEveryMap() throws IOException {
        browser.get(server.url().toString());
        await(d -> text("model-label").contains("notebook preset"));
        assertThat(browser.findElements(By.cssSelector("#architecture tbody tr")))
                .hasSize(6); // input + 5 layers
        await(d -> browser.findElements(By.cssSelector("#samples button")).size() == 121);

        browser.findElement(By.id("file-input"))
                .sendKeys(samples.resolve("my_image.jpg").toAbsolutePath().toString());
        await(d -> "my_image.jpg".equals(text("image-name")));
        int expected = Predictor.load(TrainedModels.notebook100())
                .predict(samples.resolve("my_image.jpg"))
                .predicted();
        WebElement predicted = browser.findElement(By.id("predicted-class"));
        assertThat(predicted.getAttribute("data-class")).isEqualTo(String.valueOf(expected));
        assertThat(predicted.getText()).isEqualTo(expected + (expected == 1 ? " finger" : " fingers"));
        assertThat(browser.findElements(By.cssSelector(".stage")))
                .extracting(e -> e.getAttribute("data-stage"))
                .containsExactly("conv1", "pool1", "conv2", "pool2");
        assertThat(browser.findElements(By.cssSelector("#stages img"))).hasSize(8 + 8 + 16 + 16);
        await(d -> allLoaded("#stages img, #input-image, #saliency-overlay, #saliency-heat"));
        assertThat(browser.findElements(By.cssSelector("#probabilities .track")))
                .hasSize(6);
        screenshot("serve-page.png");
        assertNoConsoleErrors();
    }

    @Test
    void oneClickOnASampleRunsTheNetworkOnIt() {
        browser.get(server.url().toString());
        await(d -> browser.findElements(By.cssSelector("#samples button")).size() == 121);
        browser.findElement(By.cssSelector(
                        "#samples button[data-name='3_IMG_5960.jpg'], #samples button[title*='(true class 3)']"))
                .click();
        await(d -> text("image-name").startsWith("3_"));
        assertThat(text("true-label")).startsWith("true class 3");
        await(d -> allLoaded("#stages img"));
        assertNoConsoleErrors();
    }

    @Test
    void aPhotoFromTheWebcamIsPredicted() {
        browser.get(server.url().toString());
        browser.findElement(By.id("webcam-start")).click();
        await(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "const v = document.getElementById('webcam-video'); return v.videoWidth > 0 && !v.paused;")));
        browser.findElement(By.id("webcam-shoot")).click();
        await(d -> "webcam.jpg".equals(text("image-name")));
        assertThat(browser.findElement(By.id("predicted-class")).getAttribute("data-class"))
                .matches("[0-5]");
        browser.findElement(By.id("webcam-stop")).click();
        assertNoConsoleErrors();
    }

    @Test
    void aFileThatIsNoImageShowsTheServersOneLineError() throws IOException {
        browser.get(server.url().toString());
        Path text = Files.writeString(profile.resolve("notes.jpg"), "not a photo");
        browser.findElement(By.id("file-input")).sendKeys(text.toAbsolutePath().toString());
        await(d -> browser.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertThat(text("status"))
                .isEqualTo("image notes.jpg is not an image signsnet can read (expected JPEG, PNG,"
                        + " WebP, TIFF, BMP or GIF)");
    }

    private static WebDriver chromium(Path profileDir) {
        File binary = new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        File driver = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!binary.canExecute() || !driver.canExecute()) {
            throw new AssertionError("the browser test needs Debian's chromium and chromium-driver (" + binary + ", "
                    + driver + "): sudo apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary); // with the driver given too, Selenium Manager (which would go online) never runs
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--user-data-dir=" + profileDir.resolve("chromium").toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static boolean allLoaded(String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript(
                        "const images = document.querySelectorAll("
                                + "arguments[0]); return images.length > 0 && [...images].every(i => i.complete && i.naturalWidth > 0);",
                        selector));
    }

    private static void await(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT).until(condition::apply);
    }

    private static void assertNoConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    /** The whole page, at its full height. */
    private static void screenshot(String name) throws IOException {
        long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(6000, height + 140)));
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(before);
    }
}
