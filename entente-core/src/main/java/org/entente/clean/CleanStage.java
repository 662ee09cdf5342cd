package org.entente.clean;

import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.util.Set;

/** The clean stage: the document's clean article (a record that already has one, as {@code code} makes it, is left alone). */
public final class CleanStage implements Stage {
    private final Cleaner cleaner;

    public CleanStage(Cleaner cleaner) {
        this.cleaner = cleaner;
    }

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.DOCUMENT);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.ARTICLE);
    }

    @Override
    public boolean appliesTo(DocumentRecord r) {
        return !r.has(Part.ARTICLE);
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        return r.withArticle(cleaner.clean(r.document()));
    }
}
