package org.entente.store;

import org.entente.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The store opened read-only, for {@code serve}: merged events as the stored merge left them (it
 * never merges), filtered with {@link EventFilter}, paged, counted and summed. Read-only, so that
 * many readers can look while nothing is written; one {@code analyze} takes the file between them.
 */
public class StoreReader implements AutoCloseable {
    private final Connection db;

    /** The store file opened read-only. */
    public StoreReader(Path file) {
        this(open(file));
    }

    /** A reader over a connection of its own (closed with the reader). */
    public StoreReader(Connection db) {
        this.db = db;
    }

    /** A read-only connection to a store file. */
    public static Connection open(Path file) {
        if (!Files.isRegularFile(file)) throw new StoreException("no store at " + file, null);
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), limits(true));
        } catch (SQLException | ClassNotFoundException e) {
            throw new StoreException("cannot open the store " + file + " to read: " + e.getMessage(), e);
        }
    }

    /**
     * DuckDB's settings for a store connection: read-only or not, and a memory ceiling beside the
     * JVM's heap (DuckDB's own default is 80% of the machine's memory, which under a run of the
     * pipeline pushed the process past 4 GB): {@code ENTENTE_STORE_MEMORY}, default 512MB.
     */
    static Properties limits(boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) p.setProperty("duckdb.read_only", "true");
        String memory = System.getenv("ENTENTE_STORE_MEMORY");
        p.setProperty("memory_limit", memory == null || memory.isBlank() ? "512MB" : memory);
        return p;
    }

    Connection connection() {
        return db;
    }

    public record Counts(long events, long reports, long documents) {
    }

    /** A merged event as a list shows it. */
    public record Row(long id, Event event, int mentions, int sources) {
    }

    public record Page(long total, List<Row> rows) {
    }

    /** One report of a merged event, with the document it is in. */
    public record Report(Event event, String title, String outlet, String url, String published, String origin) {
    }

    public record DyadRow(String dyad, long events, long reports, String first, String last, double goldstein) {
    }

    /** One period of a timeline: merged events by QuadClass (index 0 is QuadClass 1), their mean Goldstein. */
    public record Period(String period, long[] quad, double goldstein, long events) {
    }

    public record Edge(String source, String target, long events, double goldstein) {
    }

    public Counts counts() {
        return one("SELECT count(DISTINCT event_id), count(*), (SELECT count(*) FROM documents) FROM events WHERE NOT negated",
                List.of(), rs -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Pairs of states (or international actors) with their merged events, reports, date range and mean Goldstein. */
    public List<DyadRow> dyads(EventFilter f, int limit, int offset) {
        EventFilter.Sql w = f.sql();
        return list("SELECT dyad, count(DISTINCT event_id), count(*), min(event_date), max(event_date), "
                        + "avg(CASE WHEN representative THEN goldstein END) FROM events WHERE " + w.where()
                        + " AND dyad LIKE '%-%' GROUP BY dyad ORDER BY 2 DESC, dyad " + page(limit, offset), w.params(),
                rs -> new DyadRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getDouble(6)));
    }

    /** Merged events per period ("month", "year" or "day"); events dated more coarsely than the period are left out. */
    public List<Period> timeline(EventFilter f, String grain) {
        int n = switch (grain) {
            case "year" -> 4;
            case "day" -> 10;
            default -> 7;
        };
        EventFilter.Sql w = f.sql();
        String sql = "SELECT substr(event_date, 1, " + n + ") AS p, "
                + "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
                + "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), avg(goldstein), count(*) "
                + "FROM events WHERE representative AND length(event_date) >= " + n + " AND " + w.where() + " GROUP BY p ORDER BY p";
        return list(sql, w.params(), rs -> new Period(rs.getString(1),
                new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}, rs.getDouble(6), rs.getLong(7)));
    }

    /** A page of merged events in date order (undated last). */
    public Page events(EventFilter f, int limit, int offset) {
        EventFilter.Sql w = f.sql();
        long total = one("SELECT count(*) FROM events WHERE representative AND " + w.where(), w.params(), rs -> rs.getLong(1));
        int n = DuckDbStore.EVENT_COLUMN_COUNT;
        // the page first, then the reports of only its events counted
        String page = "SELECT " + DuckDbStore.EVENT_COLUMNS + ", event_id FROM events WHERE representative AND " + w.where()
                + " ORDER BY event_date NULLS LAST, event_id " + page(Math.max(0, limit), offset);
        String counts = "SELECT event_id AS mid, count(*) AS mentions, count(DISTINCT doc) AS sources FROM events "
                + "WHERE NOT negated AND event_id IN (SELECT event_id FROM p) GROUP BY event_id";
        List<Row> rows = list("WITH p AS (" + page + "), m AS (" + counts + ") SELECT p.*, m.mentions, m.sources FROM p "
                        + "JOIN m ON m.mid = p.event_id ORDER BY p.event_date NULLS LAST, p.event_id", w.params(),
                rs -> new Row(rs.getLong(n + 1), DuckDbStore.readEvent(rs), rs.getInt(n + 2), rs.getInt(n + 3)));
        return new Page(total, rows);
    }

    /** A merged event and every report of it, or null when there is none of that id. */
    public List<Report> reports(long eventId) {
        int n = DuckDbStore.EVENT_COLUMN_COUNT;
        String cols = "e." + DuckDbStore.EVENT_COLUMNS.replace(", ", ", e.");
        return list("SELECT " + cols + ", d.title, d.outlet, d.url, CAST(d.published AS VARCHAR), d.origin FROM events e "
                        + "LEFT JOIN documents d ON d.id = e.doc WHERE e.event_id = ? AND NOT e.negated "
                        + "ORDER BY e.representative DESC, d.published NULLS LAST, e.doc, e.sentence", List.of(eventId),
                rs -> new Report(DuckDbStore.readEvent(rs), rs.getString(n + 1), rs.getString(n + 2), rs.getString(n + 3),
                        rs.getString(n + 4), rs.getString(n + 5)));
    }

    /** Who acts on whom: edges between actor codes, weighted by merged events, with their mean Goldstein. */
    public List<Edge> network(EventFilter f, int limit, int offset) {
        EventFilter.Sql w = f.sql();
        return list("SELECT source_code, target_code, count(*), avg(goldstein) FROM events WHERE representative "
                        + "AND target_code IS NOT NULL AND source_code <> target_code AND " + w.where()
                        + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 " + page(limit, offset), w.params(),
                rs -> new Edge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
    }

    /** A place events happened, with how many merged events and their mean Goldstein. */
    public record PlaceCount(String name, String country, double lat, double lon, long events, double goldstein) {
    }

    /** Where the merged events happened, busiest places first. */
    public List<PlaceCount> places(EventFilter f, int limit, int offset) {
        EventFilter.Sql w = f.sql();
        return list("SELECT location_name, location_country, location_lat, location_lon, count(*), avg(goldstein) FROM events "
                        + "WHERE representative AND location_name IS NOT NULL AND " + w.where()
                        + " GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 " + page(limit, offset), w.params(),
                rs -> new PlaceCount(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5), rs.getDouble(6)));
    }

    /** The page of a listing: at most {@code limit} rows after the first {@code offset} (none skipped below 0). */
    private static String page(int limit, int offset) {
        return "LIMIT " + limit + " OFFSET " + Math.max(0, offset);
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, List<Object> params, RowReader<T> reader) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(reader.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + e.getMessage(), e);
        }
    }

    private <T> T one(String sql, List<Object> params, RowReader<T> reader) {
        return list(sql, params, reader).get(0);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store", e);
        }
    }
}
