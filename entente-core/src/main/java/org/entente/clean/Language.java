package org.entente.clean;

import java.util.Locale;
import java.util.Set;

/**
 * A small language guess from function words and scripts: enough to tell English text (which we
 * code) from other languages (which we extract and flag).
 */
public final class Language {
    private static final Set<String> EN = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "on", "with",
            "was", "as", "by", "it", "at", "from", "has", "have", "are", "said", "its", "be", "an", "which", "their");
    private static final Set<String> FR = Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "que", "sur", "au", "pas");
    private static final Set<String> DE = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "sich", "den", "ein", "eine", "auf", "für", "von");
    private static final Set<String> ES = Set.of("el", "los", "las", "y", "es", "una", "del", "por", "con", "para", "que", "se", "su", "como");

    private Language() {
    }

    /** ISO 639-1 code, or "und" when undetermined. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) return "und";
        String sample = text.length() > 20000 ? text.substring(0, 20000) : text;
        int cyr = 0, arab = 0, cjk = 0, latin = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            if (b == Character.UnicodeBlock.CYRILLIC) cyr++;
            else if (b == Character.UnicodeBlock.ARABIC) arab++;
            else if (b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.HIRAGANA) cjk++;
            else if (Character.isLetter(c) && c < 0x250) latin++;
        }
        int letters = cyr + arab + cjk + latin;
        if (letters == 0) return "und";
        if (cyr * 2 > letters) return "ru";
        if (arab * 2 > letters) return sample.matches("(?s).*[پچژگ].*") ? "fa" : "ar";
        if (cjk * 2 > letters) return "zh";
        int en = 0, fr = 0, de = 0, es = 0, n = 0;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            n++;
            if (EN.contains(w)) en++;
            if (FR.contains(w)) fr++;
            if (DE.contains(w)) de++;
            if (ES.contains(w)) es++;
        }
        if (n < 3) return "und";
        int best = Math.max(Math.max(en, fr), Math.max(de, es));
        if (best * 25 < n) return "und";
        if (best == en) return "en";
        if (best == fr) return "fr";
        if (best == de) return "de";
        return "es";
    }
}
