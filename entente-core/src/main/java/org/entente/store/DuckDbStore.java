package org.entente.store;

import org.entente.model.ActorRef;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The store in an embedded DuckDB file (default {@code entente-data/entente.duckdb}). */
public final class DuckDbStore implements EventStore {
    public static final Path DEFAULT = Path.of("entente-data", "entente.duckdb");
    static final String EVENT_COLUMNS = "doc, sentence, source_text, source_code, source_country, source_sector, "
            + "target_text, target_code, target_country, target_sector, cameo, root, quad_class, goldstein, plover, "
            + "event_date, date_grain, date_inferred, date_rule, evidence_text, evidence_start, evidence_end, "
            + "trigger_text, trigger_start, trigger_end, confidence, rule, negated, dyad, plover_mode, plover_context, merge_block, "
            + LocationColumns.NAMES;
    /** How many columns {@link #EVENT_COLUMNS} names: a query's extra columns come after them. */
    static final int EVENT_COLUMN_COUNT = EVENT_COLUMNS.split(",").length;

    private final Connection db;

    public DuckDbStore(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Class.forName("org.duckdb.DuckDBDriver");
            db = connect(file);
            Schema.Missing missing = Schema.create(db);
            if (missing.any()) Schema.migrate(db, missing);
        } catch (Exception e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    /** How long a writer waits for a reader (serve, which lets go of an idle store in seconds) or another writer. */
    static final long LOCK_WAIT_MILLIS = 15_000;

    /** Opens the file for writing, waiting while another process holds it (DuckDB allows one writer and no reader beside it). */
    private static Connection connect(Path file) throws SQLException, InterruptedException {
        long until = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        boolean told = false;
        while (true) {
            try {
                return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), StoreReader.limits(false));
            } catch (SQLException e) {
                boolean locked = String.valueOf(e.getMessage()).contains("lock");
                if (!locked || System.currentTimeMillis() > until) throw e;
                if (!told) System.err.println("waiting for " + file + ": another process has it open");
                told = true;
                Thread.sleep(250);
            }
        }
    }

    public Connection connection() {
        return db;
    }

    @Override
    public boolean contains(Document d) {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM documents WHERE hash = ?")) {
            ps.setString(1, ContentHash.of(d));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("store lookup failed", e);
        }
    }

    @Override
    public boolean put(Document d, Article a, List<Event> events) {
        return Transaction.run(db, "could not store " + d.id(), () -> {
            try (PreparedStatement doc = db.prepareStatement("INSERT INTO documents (hash, id, origin, title, published, "
                    + "published_after, author, outlet, language, text, url) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                doc.setString(1, ContentHash.of(d));
                doc.setString(2, d.id());
                doc.setString(3, d.origin());
                doc.setString(4, a.title());
                setDate(doc, 5, a.published());
                setDate(doc, 6, a.inferredAfter());
                doc.setString(7, a.author());
                doc.setString(8, a.outlet());
                doc.setString(9, a.language());
                doc.setString(10, a.text());
                doc.setString(11, d.url());
                if (doc.executeUpdate() == 0) { // the same content is already stored
                    db.rollback();
                    return false;
                }
            }
            try (PreparedStatement ev = db.prepareStatement("INSERT INTO events (" + EVENT_COLUMNS
                    + ") VALUES (" + "?,".repeat(EVENT_COLUMN_COUNT - 1) + "?)");
                 PreparedStatement dirty = db.prepareStatement("INSERT INTO dirty_blocks VALUES (?) ON CONFLICT DO NOTHING")) {
                java.util.Set<String> blocks = new java.util.TreeSet<>();
                for (Event e : events) {
                    bindEvent(ev, e);
                    ev.addBatch();
                    if (e.mergeBlock() != null) blocks.add(e.mergeBlock());
                }
                if (!events.isEmpty()) ev.executeBatch();
                for (String b : blocks) {
                    dirty.setString(1, b);
                    dirty.addBatch();
                }
                if (!blocks.isEmpty()) dirty.executeBatch();
            }
            return true;
        });
    }

    private static void bindEvent(PreparedStatement ps, Event e) throws SQLException {
        int i = 1;
        ps.setString(i++, e.doc());
        ps.setInt(i++, e.sentence());
        i = bindActor(ps, i, e.source());
        i = bindActor(ps, i, e.target());
        ps.setString(i++, e.cameo());
        ps.setString(i++, e.root());
        ps.setInt(i++, e.quadClass());
        ps.setDouble(i++, e.goldstein());
        ps.setString(i++, e.plover());
        ps.setString(i++, e.date().value());
        ps.setString(i++, e.date().grain().json());
        ps.setBoolean(i++, e.date().inferred());
        ps.setString(i++, e.date().rule());
        ps.setString(i++, e.evidence().text());
        ps.setInt(i++, e.evidence().start());
        ps.setInt(i++, e.evidence().end());
        ps.setString(i++, e.trigger() == null ? null : e.trigger().text());
        ps.setObject(i++, e.trigger() == null ? null : e.trigger().start(), Types.INTEGER);
        ps.setObject(i++, e.trigger() == null ? null : e.trigger().end(), Types.INTEGER);
        ps.setDouble(i++, e.confidence());
        ps.setString(i++, e.rule());
        ps.setBoolean(i++, e.negated());
        ps.setString(i++, e.dyad());
        ps.setString(i++, e.ploverMode());
        ps.setString(i++, contexts(e));
        ps.setString(i++, e.mergeBlock());
        LocationColumns.bind(ps, i, e.location());
    }

    private static int bindActor(PreparedStatement ps, int i, ActorRef a) throws SQLException {
        ps.setString(i++, a == null ? null : a.text());
        ps.setString(i++, a == null ? null : a.code());
        ps.setString(i++, a == null ? null : a.country());
        ps.setString(i++, a == null ? null : a.sector());
        return i;
    }

    private static void setDate(PreparedStatement ps, int i, java.time.LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setDate(i, Date.valueOf(d));
    }

    @Override
    public List<DyadCount> dyads(int limit) {
        List<DyadCount> out = new ArrayList<>();
        String sql = "SELECT dyad, count(*) AS n, count(DISTINCT event_id), "
                + "string_agg(DISTINCT CASE WHEN split_part(dyad, '-', 1) = split_part(dyad, '-', 2) "
                + "THEN least(source_code, target_code) || '-' || greatest(source_code, target_code) END, ', ') "
                + "FROM events WHERE NOT negated AND target_code IS NOT NULL "
                + "AND dyad LIKE '%-%' GROUP BY dyad ORDER BY n DESC, dyad LIMIT " + limit;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String sides = rs.getString(4);
                out.add(new DyadCount(rs.getString(1), rs.getInt(2), rs.getInt(3), sides == null ? "" : sides));
            }
        } catch (SQLException e) {
            throw new StoreException("dyad query failed", e);
        }
        return out;
    }

    @Override
    public List<Event> timeline(String a, String b) {
        String dyad = Event.dyad(a, b);
        return query("WHERE dyad = ? AND NOT negated AND event_date IS NOT NULL ORDER BY event_date, doc, sentence", dyad);
    }

    @Override
    public List<Event> events() {
        return query("ORDER BY doc, sentence");
    }

    private List<Event> query(String where, String... args) {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events " + where)) {
            for (int i = 0; i < args.length; i++) ps.setString(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(readEvent(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("event query failed", e);
        }
        return out;
    }

    /** An event's PLOVER contexts as the store keeps them: joined by ";", null when none. */
    static String contexts(Event e) {
        return e.ploverContext().isEmpty() ? null : String.join(";", e.ploverContext());
    }

    static Event readEvent(ResultSet rs) throws SQLException {
        ActorRef src = new ActorRef(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), null);
        ActorRef tgt = rs.getString(8) == null ? null
                : new ActorRef(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), null);
        EventDate date = new EventDate(rs.getString(16), EventDate.Grain.valueOf(rs.getString(17).toUpperCase()),
                rs.getBoolean(18), rs.getString(19));
        Evidence evidence = new Evidence(rs.getString(20), rs.getInt(21), rs.getInt(22));
        Evidence trigger = rs.getString(23) == null ? null : new Evidence(rs.getString(23), rs.getInt(24), rs.getInt(25));
        String contexts = rs.getString(31);
        return new Event(rs.getString(1), rs.getInt(2), src, tgt, rs.getString(11), rs.getString(12), rs.getInt(13),
                rs.getDouble(14), rs.getString(15), date, evidence, trigger, rs.getDouble(26), org.entente.model.Provenance.parse(rs.getString(27)), rs.getBoolean(28),
                rs.getString(30), contexts == null ? List.of() : List.of(contexts.split(";")), LocationColumns.read(rs, 33));
    }

    /** What the exports need to know of each stored document, by id. */
    public record DocumentInfo(String id, String url, String outlet, java.time.LocalDate published, int length, String origin) {
        /** The origin of a JSONL document: the file and the line. */
        private static final java.util.regex.Pattern JSONL_LINE = java.util.regex.Pattern.compile("(.+\\.jsonl):(\\d+)");

        /**
         * Where a reader finds the document: its URL, else a {@code file:} URI of the file it was
         * read from ({@code #line=N} for a line of a JSONL file), else its id.
         */
        public String address() {
            if (url != null && !url.isBlank()) return url;
            if (origin == null || origin.isBlank()) return id;
            java.util.regex.Matcher m = JSONL_LINE.matcher(origin);
            String file = m.matches() ? m.group(1) : origin;
            try {
                String uri = java.nio.file.Path.of(file).toAbsolutePath().normalize().toUri().toString();
                return m.matches() ? uri + "#line=" + m.group(2) : uri;
            } catch (java.nio.file.InvalidPathException e) {
                return origin;
            }
        }
    }

    public java.util.Map<String, DocumentInfo> documents() {
        java.util.Map<String, DocumentInfo> out = new java.util.HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, url, outlet, published, length(text), origin FROM documents")) {
            while (rs.next()) {
                Date p = rs.getDate(4);
                out.put(rs.getString(1), new DocumentInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                        p == null ? null : p.toLocalDate(), rs.getInt(5), rs.getString(6)));
            }
        } catch (SQLException e) {
            throw new StoreException("document query failed", e);
        }
        return out;
    }

    @Override
    public int documentCount() {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("count failed", e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("close failed", e);
        }
    }
}
