package org.entente.model;

/**
 * A document a stage will not process, with a reason a person can act on ("split it into
 * articles"): the run names it and goes on with the others.
 */
public final class DocumentRefused extends RuntimeException {
    public DocumentRefused(String reason) {
        super(reason);
    }
}
