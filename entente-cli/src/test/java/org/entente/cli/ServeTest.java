package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.entente.json.Json;
import org.entente.server.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code serve} as a user meets it: a real store of the examples, a real server on 127.0.0.1, a real headless Chromium. */
class ServeTest {
    static final String HOSTILE = "<img src=x onerror=\"document.title='HACKED'\"><script>document.title='HACKED'</script>";
    @TempDir
    static Path dir;
    static Javalin app;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path hostile = dir.resolve("hostile.jsonl");
        String text = "Iranian President Hassan Rouhani met Russian President Vladimir Putin in Tehran on Tuesday " + HOSTILE + " officials said.";
        ObjectLine line = new ObjectLine();
        line.put("id", "hostile-1").put("date", "2019-06-12").put("title", "Talks " + HOSTILE).put("url", "javascript:document.title='HACKED'")
                .put("outlet", "<b onmouseover=alert(1)>Outlet</b>").put("text", text);
        Files.writeString(hostile, line.text() + "\n");
        Path db = dir.resolve("s.duckdb");
        CliTest.Run r = CliTest.run("analyze", "--db", db.toString(), Path.of("..", "examples").toString(), hostile.toString());
        assertEquals(0, r.status(), r.err());
        app = new Api(db).app().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void theApiAnswersInItsShapes() throws Exception {
        JsonNode health = json("/api/health");
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("events").asLong() > 0 && health.get("reports").asLong() >= health.get("events").asLong());

        JsonNode dyads = json("/api/dyads");
        assertTrue(dyads.get("dyads").findValuesAsText("dyad").contains("IRN-RUS"), dyads.toString());
        assertEquals(dyads.get("dyads").get(1).get("dyad"), json("/api/dyads?limit=1&offset=1").get("dyads").get(0).get("dyad"), "paged");

        JsonNode page = json("/api/events?dyad=RUS-IRN&limit=3");
        assertTrue(page.get("total").asLong() > 3);
        assertEquals(3, page.get("events").size());
        JsonNode first = page.get("events").get(0);
        assertTrue(first.get("id").isTextual(), "ids are strings");
        assertTrue(first.get("mentions").asInt() >= 1);
        assertEquals("IRN-RUS", dyadOf(first));

        JsonNode detail = json("/api/events/" + first.get("id").asText());
        assertEquals(first.get("id").asText(), detail.get("id").asText());
        JsonNode report = detail.get("reports").get(0);
        assertTrue(report.get("evidence").get("text").asText().length() > 10);
        assertTrue(report.has("outlet") && report.has("url") && report.has("published"));

        JsonNode later = json("/api/events?dyad=IRN-RUS&from=2019&limit=1000");
        for (JsonNode e : later.get("events")) assertTrue(e.get("date").asText().compareTo("2019") >= 0, e.toString());
        assertTrue(later.get("total").asLong() < page.get("total").asLong());

        JsonNode timeline = json("/api/timeline?dyad=IRN-RUS&grain=year");
        assertTrue(timeline.get("periods").size() >= 3);
        long sum = 0;
        for (JsonNode p : timeline.get("periods")) sum += p.get("events").asLong();
        assertTrue(sum > 0);

        assertTrue(json("/api/network").get("edges").size() > 0);
        assertNotNull(json("/api/changes?period=year").get("changes"));

        assertEquals(400, get("/api/events?root=1;DROP").statusCode());
        assertEquals(404, get("/api/events/123456789").statusCode());
        HttpResponse<String> csv = get("/api/events?dyad=IRN-RUS&format=csv");
        assertTrue(csv.body().startsWith("id,date,"), csv.body());
        assertTrue(csv.body().lines().count() > 3);
        assertTrue(get("/").headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    private static String dyadOf(JsonNode e) {
        String a = e.get("source").get("country").asText(), b = e.get("target").get("country").asText();
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    @Test
    void theDashboardRendersChartsAndEvidenceAndHostileTextStaysText() throws Exception {
        assumeTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
                "Debian's chromium and chromium-driver (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1500",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(base + "/?dyad=IRN-RUS");
            waitFor(browser, () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
            assertFalse(browser.findElements(By.cssSelector("#timeline canvas")).isEmpty(), "the timeline is drawn");
            assertFalse(browser.findElements(By.cssSelector("#map canvas")).isEmpty(), "the map is drawn");
            List<WebElement> rows = browser.findElements(By.cssSelector("#events tr.event-row"));
            assertFalse(rows.isEmpty(), "event rows");
            Path shot = Path.of("target", "dashboard.png"); // the README's picture
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
            rows.get(0).click();
            waitFor(browser, () -> browser.findElements(By.cssSelector("#detail-body .evidence")).size() > 0);
            assertFalse(browser.findElements(By.cssSelector("#detail-body mark.trigger")).isEmpty(), "the trigger is marked");

            browser.get(base + "/?dyad=IRN-RUS&q=onerror");
            waitFor(browser, () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
            List<WebElement> hostileRows = browser.findElements(By.cssSelector("#events tr.event-row"));
            assertFalse(hostileRows.isEmpty(), "the hostile story's event is listed");
            hostileRows.get(0).click();
            waitFor(browser, () -> browser.findElements(By.cssSelector("#detail-body .evidence")).size() > 0);
            String shown = browser.findElement(By.id("detail-body")).getText();
            assertTrue(shown.contains("<script>"), "markup in the evidence shows as text: " + shown);
            assertTrue(shown.contains("<b onmouseover"), "and in the outlet");
            assertTrue(browser.findElements(By.cssSelector("#detail-body img, #detail-body script, #detail-body b")).isEmpty());
            assertTrue(browser.findElements(By.cssSelector("#detail-body a[href^='javascript']")).isEmpty(), "no javascript: link");
            assertEquals("Entente", browser.getTitle(), "nothing hostile ran");
        } finally {
            browser.quit();
        }
    }

    interface Check {
        boolean ok();
    }

    static void waitFor(ChromeDriver browser, Check c) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (c.ok()) return;
            } catch (RuntimeException notYet) {
                // the page is still loading
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page did not get there in 30 s: " + browser.getPageSource().substring(0, 2000));
    }

    /** One JSON object, built field by field. */
    static final class ObjectLine {
        private final com.fasterxml.jackson.databind.node.ObjectNode node = Json.MAPPER.createObjectNode();

        ObjectLine put(String k, String v) {
            node.put(k, v);
            return this;
        }

        String text() {
            return Json.line(node);
        }
    }
}
