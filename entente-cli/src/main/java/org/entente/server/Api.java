package org.entente.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.entente.json.Json;
import org.entente.store.Changes;
import org.entente.store.EventFilter;
import org.entente.store.StoreException;
import org.entente.store.StoreReader;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code serve}: the JSON API and the dashboard over a store, read-only. The store is open while
 * requests come and closed after two idle seconds ({@link Readers}), so {@code analyze} can add to
 * it between bursts of use; a request that comes while {@code analyze} holds the file is answered
 * 503 and may be retried.
 */
public final class Api {
    static final int MAX_LIMIT = 1000;
    private final Readers readers;

    public Api(Path store) {
        this.readers = new Readers(store);
    }

    /** The server, not yet started. */
    public Javalin app() {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/entente/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(Api::secure);
        app.get("/api/health", ctx -> read(ctx, r -> {
            StoreReader.Counts c = r.counts();
            ObjectNode n = Json.MAPPER.createObjectNode();
            n.put("status", "ok");
            n.put("events", c.events());
            n.put("reports", c.reports());
            n.put("documents", c.documents());
            return n;
        }));
        app.get("/api/dyads", ctx -> read(ctx, r -> Shapes.dyads(r.dyads(Params.filter(ctx), Params.limit(ctx, 200), Params.offset(ctx)))));
        app.get("/api/timeline", ctx -> {
            EventFilter f = Params.filter(ctx);
            String grain = Params.grain(ctx);
            read(ctx, r -> Shapes.timeline(f, grain, r.timeline(f, grain)));
        });
        app.get("/api/events", ctx -> {
            EventFilter f = Params.filter(ctx);
            if ("csv".equals(ctx.queryParam("format"))) {
                csv(ctx, f);
                return;
            }
            read(ctx, r -> Shapes.page(r.events(f, Params.limit(ctx, 50), Params.offset(ctx))));
            if ("json".equals(ctx.queryParam("format"))) ctx.header("Content-Disposition", "attachment; filename=\"events.json\"");
        });
        app.get("/api/events/{id}", ctx -> {
            long id = Params.id(ctx.pathParam("id"));
            read(ctx, r -> {
                List<StoreReader.Report> reports = r.reports(id);
                if (reports.isEmpty()) throw new NotFound("no event " + id);
                return Shapes.detail(id, reports);
            });
        });
        app.get("/api/places", ctx -> read(ctx, r -> Shapes.places(r.places(Params.filter(ctx), Params.limit(ctx, 500), Params.offset(ctx)))));
        app.get("/api/network", ctx -> read(ctx, r -> Shapes.network(r.network(Params.filter(ctx), Params.limit(ctx, 150), Params.offset(ctx)))));
        app.get("/api/changes", ctx -> read(ctx, r -> Shapes.changes(Changes.of(r, Params.period(ctx), Params.limit(ctx, 20)))));
        app.events(e -> e.serverStopped(readers::close));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> error(ctx, 503, "the store cannot be read now (another process may be writing it): "
                + e.getMessage()));
        return app;
    }

    /** Headers of every answer: no inline or foreign script, no framing, no sniffing. */
    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    interface Query {
        Object run(StoreReader r);
    }

    private void read(Context ctx, Query q) {
        Object out;
        try (StoreReader r = readers.reader()) {
            out = q.run(r);
        }
        ctx.contentType("application/json").result(Json.line((ObjectNode) out));
    }

    private void csv(Context ctx, EventFilter f) {
        StringBuilder s = new StringBuilder(Shapes.CSV_HEADER).append('\n');
        try (StoreReader r = readers.reader()) {
            for (StoreReader.Row row : r.events(f, Params.limit(ctx, MAX_LIMIT), Params.offset(ctx)).rows()) s.append(Shapes.csv(row)).append('\n');
        }
        ctx.header("Content-Disposition", "attachment; filename=\"events.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(s.toString());
    }

    private static void error(Context ctx, int status, String message) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("error", message);
        ctx.status(status).contentType("application/json").result(Json.line(n));
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    static ArrayNode array() {
        return Json.MAPPER.createArrayNode();
    }
}
