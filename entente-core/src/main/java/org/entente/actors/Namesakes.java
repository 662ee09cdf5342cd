package org.entente.actors;

import org.entente.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Richard Bennett" is not Naftali Bennett: a person the knowledge base knows, matched on the surname
 * alone right after a given name no other name covers, is someone else of that surname unless the
 * given name could be theirs (the same initial: "Sergey Lavrov" is Sergei Lavrov). Initials and
 * honorifics between them are passed over ("Joe R. Biden", "Mr. Bennett").
 */
final class Namesakes {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madame", "monsieur");

    private Namesakes() {
    }

    /** Whether {@code sp} is a person of the knowledge base matched on the surname alone. */
    static boolean surnameAlone(Span sp, List<Token> tokens) {
        if (sp.kind() != Entry.Kind.PERSON || sp.end() - sp.start() != 1) return false;
        String[] names = sp.entry().key().split(" ");
        return names[names.length - 1].equalsIgnoreCase(tokens.get(sp.start()).word());
    }

    /** Whether {@code sp}, among the sentence's {@code spans}, names another person than its entry. */
    static boolean otherPerson(Span sp, List<Span> spans, List<Token> tokens) {
        if (!surnameAlone(sp, tokens)) return false;
        String[] names = sp.entry().key().split(" ");
        int i = sp.start() - 1;
        while (i >= 0 && initial(tokens.get(i).word())) i--;
        if (i < 0) return false;
        Token given = tokens.get(i);
        String word = given.word();
        if (!given.pos().equals("NNP") || word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || word.endsWith(".")
                || HONORIFICS.contains(bare(word))) return false;
        for (Span other : spans) if (other.start() <= i && i < other.end()) return false;
        for (String n : java.util.Arrays.asList(names).subList(0, names.length - 1)) if (Character.toLowerCase(n.charAt(0)) == Character.toLowerCase(word.charAt(0))) return false;
        return true;
    }

    private static boolean initial(String w) {
        return w.length() <= 2 && Character.isUpperCase(w.charAt(0)) && (w.length() == 1 || w.charAt(1) == '.');
    }

    private static String bare(String w) {
        return w.replace(".", "").toLowerCase(Locale.ROOT);
    }
}
