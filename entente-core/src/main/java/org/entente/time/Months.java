package org.entente.time;

import java.util.Locale;

/** English month and weekday names as news text writes them (full, abbreviated, with a dot). */
public final class Months {
    /** A regex alternative matching any month name or abbreviation. */
    public static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    public static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private Months() {
    }

    /** 1..12 for a month name or abbreviation, or 0. */
    public static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (n.length() < 3) return 0;
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String head = n.substring(0, 3);
        for (int i = 0; i < 12; i++) if (names[i].equals(head)) return i + 1;
        return 0;
    }

    /** 1 (Monday) .. 7 (Sunday) for a weekday name, or 0. */
    public static int weekday(String name) {
        String[] names = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 7; i++) if (names[i].equals(n)) return i + 1;
        return 0;
    }
}
