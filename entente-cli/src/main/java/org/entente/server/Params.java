package org.entente.server;

import io.javalin.http.Context;
import org.entente.store.EventFilter;

import java.util.regex.Pattern;

/** The API's query parameters, checked: a bad value is a 400 that names it, never part of SQL. */
final class Params {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,16}");
    private static final Pattern DYAD = Pattern.compile("[A-Z0-9]{2,16}(-[A-Z0-9]{2,16})?");

    private Params() {
    }

    static EventFilter filter(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) throw new IllegalArgumentException("q: at most 200 characters");
        return new EventFilter(upper(ctx, "dyad", DYAD), date(ctx, "from"), date(ctx, "to"), upper(ctx, "actor", CODE),
                upper(ctx, "country", CODE), matching(ctx, "root", Pattern.compile("\\d{2}")),
                upper(ctx, "plover", Pattern.compile("[A-Z]{3,12}")), quad(ctx), q == null || q.isBlank() ? null : q);
    }

    private static String upper(Context ctx, String name, Pattern p) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        return matching(name, v.strip().toUpperCase(java.util.Locale.ROOT), p);
    }

    private static String date(Context ctx, String name) {
        return matching(ctx, name, DATE);
    }

    private static String matching(Context ctx, String name, Pattern p) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : matching(name, v.strip(), p);
    }

    private static String matching(String name, String v, Pattern p) {
        if (!p.matcher(v).matches()) throw new IllegalArgumentException(name + ": not a valid value");
        return v;
    }

    private static Integer quad(Context ctx) {
        String v = matching(ctx, "quadClass", Pattern.compile("[1-4]"));
        return v == null ? null : Integer.valueOf(v);
    }

    static int limit(Context ctx, int dflt) {
        String v = matching(ctx, "limit", Pattern.compile("\\d{1,6}"));
        return v == null ? dflt : Math.min(Integer.parseInt(v), Api.MAX_LIMIT);
    }

    static int offset(Context ctx) {
        String v = matching(ctx, "offset", Pattern.compile("\\d{1,9}"));
        return v == null ? 0 : Integer.parseInt(v);
    }

    static String grain(Context ctx) {
        String v = matching(ctx, "grain", Pattern.compile("day|month|year"));
        return v == null ? "month" : v;
    }

    static String period(Context ctx) {
        String v = matching(ctx, "period", Pattern.compile("month|year"));
        return v == null ? "month" : v;
    }

    static long id(String v) {
        if (!v.matches("-?\\d{1,19}")) throw new IllegalArgumentException("id: not a number");
        return Long.parseLong(v);
    }
}
