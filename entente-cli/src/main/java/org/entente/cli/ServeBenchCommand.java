package org.entente.cli;

import io.javalin.Javalin;
import org.entente.server.Api;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench-serve}: the API's speed on a large store. Copies the store and repeats its reports
 * under other document and event ids until it holds at least {@code --reports}, starts the server
 * on 127.0.0.1, and measures every API call (p50, p95), the first page load (the page, its script,
 * ECharts and the map, then the calls the page makes, as a browser does) and 100 concurrent clients.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = "Measure serve's API on a copy of the store grown to --reports reports: p95 per call, first page load, 100 concurrent clients.")
final class ServeBenchCommand implements Callable<Integer> {
    @Option(names = "--reports", description = "reports the copy holds at least (default 200000)")
    int reports = 200_000;

    @Option(names = "--clients", description = "concurrent clients (default 100)")
    int clients = 100;

    @Mixin
    StoreOption store;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();

    @Override
    public Integer call() throws Exception {
        Path copy = Files.createTempFile("entente-bench-serve", ".duckdb");
        Files.copy(store.existing(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long held = grow(copy);
        Javalin app = new Api(copy).app().start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        try {
            System.out.printf("store: %d reports (copy of %s)%n", held, store.db);
            String dyad = "IRN-RUS";
            List<String> calls = List.of("/api/health", "/api/dyads", "/api/timeline?dyad=" + dyad, "/api/events?dyad=" + dyad + "&limit=50",
                    "/api/events?dyad=" + dyad + "&limit=50&offset=5000", "/api/events?q=talks&limit=50", "/api/events?limit=1000",
                    "/api/network", "/api/places", "/api/changes", "/api/events/" + firstId(base, dyad));
            for (String c : calls) {
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < 45; i++) {
                    double t = timed(base + c);
                    if (i >= 5) ms.add(t);
                }
                System.out.printf("%-48s p50 %6.1f ms  p95 %6.1f ms%n", c, pct(ms, 50), pct(ms, 95));
            }
            System.out.printf("first page load (page, script, ECharts, map, then the page's calls): %.0f ms%n", pageLoad(base, dyad));
            concurrent(base, calls);
        } finally {
            app.stop();
            Files.deleteIfExists(copy);
        }
        return 0;
    }

    /** Repeats the store's reports and documents under new ids until it holds {@code reports}. */
    private long grow(Path file) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()); Statement st = db.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM events");
            rs.next();
            long n = rs.getLong(1);
            if (n == 0) throw new IllegalArgumentException("the store holds no reports");
            long copies = (reports + n - 1) / n;
            if (copies > 1) {
                st.execute("INSERT INTO documents BY NAME SELECT d.* REPLACE (d.id || '#' || r.range AS id, d.hash || '#' || r.range AS hash) "
                        + "FROM documents d, range(1, " + copies + ") r");
                st.execute("INSERT INTO events BY NAME SELECT e.* REPLACE (e.doc || '#' || r.range AS doc, xor(e.event_id, r.range * 1099511627776) AS event_id, e.merge_block || '#' || r.range AS merge_block) FROM events e, range(1, " + copies + ") r");
                st.execute("CHECKPOINT");
            }
            rs = st.executeQuery("SELECT count(*) FROM events");
            rs.next();
            return rs.getLong(1);
        }
    }

    private String firstId(String base, String dyad) throws Exception {
        String body = get(base + "/api/events?dyad=" + dyad + "&limit=1").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"(-?\\d+)\"").matcher(body);
        if (!m.find()) throw new IllegalStateException("no event of " + dyad + " in the store");
        return m.group(1);
    }

    private HttpResponse<String> get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + r.body());
        return r;
    }

    private double timed(String url) throws Exception {
        long t = System.nanoTime();
        get(url);
        return (System.nanoTime() - t) / 1e6;
    }

    private double pageLoad(String base, String dyad) throws Exception {
        long t = System.nanoTime();
        get(base + "/?dyad=" + dyad);
        parallel(List.of(base + "/app.css", base + "/app.js", base + "/webjars/echarts/5.3.1/dist/echarts.min.js"));
        get(base + "/api/dyads?limit=200");
        parallel(List.of(base + "/api/timeline?dyad=" + dyad + "&grain=month", base + "/api/changes?limit=12"));
        parallel(List.of(base + "/api/network?limit=60", base + "/api/events?dyad=" + dyad + "&limit=50",
                base + "/api/places?dyad=" + dyad + "&limit=500", base + "/world.json"));
        return (System.nanoTime() - t) / 1e6;
    }

    private void parallel(List<String> urls) throws Exception {
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> fs = new ArrayList<>();
        for (String u : urls) fs.add(http.sendAsync(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofString()));
        for (var f : fs) if (f.get().statusCode() != 200) throw new IllegalStateException("HTTP " + f.get().statusCode());
    }

    private void concurrent(String base, List<String> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger errors = new AtomicInteger();
        List<Double> ms = Collections.synchronizedList(new ArrayList<>());
        long t = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        try {
                            ms.add(timed(base + calls.get((client + i) % calls.size())));
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%d concurrent clients, %d requests in %.1f s: %d errors, p50 %.0f ms, p95 %.0f ms%n", clients, ms.size() + errors.get(),
                (System.nanoTime() - t) / 1e9, errors.get(), pct(ms, 50), pct(ms, 95));
    }

    private static double pct(List<Double> values, int p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }
}
