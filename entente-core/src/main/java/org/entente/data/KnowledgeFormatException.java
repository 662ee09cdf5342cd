package org.entente.data;

/** A knowledge file line that does not follow its format; the message names the file and line. */
public final class KnowledgeFormatException extends RuntimeException {
    public KnowledgeFormatException(String file, int line, String why) {
        super(file + ":" + line + ": " + why);
    }
}
