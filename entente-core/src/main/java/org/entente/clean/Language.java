package org.entente.clean;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

import java.util.Locale;

/**
 * Language identification with Apache Tika's Optimaize n-gram detector (70 languages). English
 * text is coded; other languages are extracted and flagged. The detector keeps state while it
 * reads, so each thread has its own (the profiles load once per thread).
 */
public final class Language {
    /** Enough text to tell a language; more only costs time. */
    private static final int SAMPLE = 20_000;

    private static final ThreadLocal<LanguageDetector> DETECTOR = ThreadLocal.withInitial(() -> new OptimaizeLangDetector().loadModels());

    private Language() {
    }

    /**
     * Letters below which a text of plain ASCII letters is not taken for another language: on a
     * sentence or two the n-gram profiles often hear one ("Pakistani militants attacked Pakistani
     * troops on Tuesday." is Estonian to them), and a text taken for another language is not
     * coded. Accents and other scripts still tell ("Министры ...", "étrangères").
     */
    private static final int SHORT = 250;

    /** ISO 639-1 code, or "und" when the text is too short or mixed to tell. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) return "und";
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int letters = 0;
        boolean plain = true; // every letter ASCII
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                plain &= c < 128;
            }
            i += Character.charCount(c);
        }
        if (letters < 20) return "und";
        LanguageDetector d = DETECTOR.get();
        d.reset();
        d.addText(sample);
        LanguageResult r = d.detect();
        if (r == null || r.isUnknown() || r.getRawScore() < 0.5f) return "und";
        String lang = r.getLanguage().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        lang = dash > 0 ? lang.substring(0, dash) : lang;
        return letters < SHORT && plain && !lang.equals("en") ? "und" : lang;
    }
}
