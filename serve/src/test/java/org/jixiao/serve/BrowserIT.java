package org.jixiao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in Debian's chromium, driven by its chromium-driver (.ci/run installs both; nothing
 * is downloaded: the driver and the browser are given by path). Screenshots go to
 * target/screenshots/. Every page must load without a console error, CSP violations included.
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    private static ServeFixture fx;
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        fx = ServeFixture.get();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("jixiao-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(SHOTS.resolve("chromedriver.log").toFile()).build();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1200", "--user-data-dir=" + profile);
        o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // an image request answered 404 (no page image for a Word source) is not a page error
                .filter(e -> !e.getMessage().contains("status of 404"))
                .toList();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void open(String pathAndQuery) {
        driver.get(fx.base() + pathAndQuery);
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void waitForImages(String css) {
        waiting().until(d -> Boolean.TRUE.equals(js("const imgs = document.querySelectorAll(arguments[0]);"
                + "return imgs.length > 0 && [...imgs].every(i => i.complete && i.naturalWidth > 0);", css)));
    }

    @Test
    void searchThenReportThenFindingShowsTheBoxedPageImage() throws IOException {
        open("/index.html?q=" + URLEncoder.encode("三公经费", StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit mark")));
        shot("01-search");
        WebElement year = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".facet[data-dim=year] a.facet-value[data-value='2025']")));
        year.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".facet[data-dim=year] a.on")));
        List<WebElement> hits = waiting().until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".hit")));
        for (WebElement h : hits) {
            assertTrue(h.getText().contains("2025"), h.getText());
        }
        shot("02-search-filtered");
        hits.get(0).findElements(By.cssSelector("a")).get(1).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc table.grid")));
        assertTrue(driver.getCurrentUrl().contains(fx.id(ServeFixture.PDF)), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("meta")).getText().contains("湖南省人力资源和社会保障厅"));
        assertFalse(driver.findElements(By.cssSelector("#doc td[rowspan], #doc td[colspan]")).isEmpty(),
                "tables are drawn with their spans");
        shot("03-report");
        WebElement finding = driver.findElements(By.cssSelector("a.finding-link")).stream()
                .filter(a -> a.getText().contains("合计")).findFirst()
                .orElse(driver.findElement(By.cssSelector("a.finding-link")));
        js("arguments[0].scrollIntoView()", finding);
        finding.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding img.page-image")));
        waitForImages(".finding img.page-image");
        assertEquals(1, driver.findElements(By.cssSelector(".finding")).size(), "only the finding that was opened");
        String src = driver.findElement(By.cssSelector(".finding img.page-image")).getAttribute("src");
        assertTrue(src.contains("finding=") && src.contains("crop=1"), src);
        shot("04-finding-boxed-page");
    }

    @Test
    void findingsOfAWordReportHighlightTheTableCell() throws IOException {
        open("/findings.html?department=" + URLEncoder.encode("湖南省人力资源和社会保障厅", StandardCharsets.UTF_8)
                + "&year=2024&severity=error");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding td.hl")));
        assertTrue(driver.findElements(By.cssSelector(".finding img.page-image")).isEmpty(), "a text source has no page images");
        shot("05-findings-text-source");
    }

    @Test
    void compareDrawsAChart() throws IOException {
        open("/compare.html?scope=total&phase=rate&rows=department&cols=year");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart[data-rendered=true] canvas")));
        Number series = (Number) js("return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series.length");
        assertTrue(series.intValue() >= 2, "a series per year");
        Number inked = (Number) js("const c = document.querySelector('#chart canvas'); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 0; i < d.length; i += 4) {"
                + " if (d[i + 3] > 0 && !(d[i] > 240 && d[i + 1] > 240 && d[i + 2] > 240)) n++; } return n;");
        assertTrue(inked.intValue() > 5_000, "bars are drawn: " + inked);
        assertTrue(driver.findElement(By.id("pivot-table")).getText().contains("湖南省人力资源和社会保障厅"));
        assertTrue(driver.findElement(By.id("csv")).getAttribute("href").contains("format=csv"));
        shot("06-compare-chart");
    }

    @Test
    void uploadAndCheckShowsTheFindings() throws Exception {
        Path file = Files.createTempDirectory("jixiao-upload").resolve("益阳2024自评.docx");
        Files.write(file, ServeFixture.sample(ServeFixture.DOCX));
        int expected = ApiIT.ok("/api/findings?reportId=" + fx.id(ServeFixture.DOCX)).path("total").asInt();
        assertTrue(expected > 0, "the sample has findings to show");
        open("/check.html");
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload-button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertEquals(expected, driver.findElements(By.cssSelector("#findings .finding")).size());
        assertTrue(driver.findElement(By.id("meta")).getText().contains("益阳市人力资源和社会保障局"));
        assertTrue(driver.findElements(By.cssSelector("#facts-table tr")).size() > 10);
        shot("07-upload-check");
    }

    static File screenshots() {
        return SHOTS.toFile();
    }
}
