package org.entente.store;

import org.entente.model.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The identity of a document's content: SHA-256 over its raw text or HTML. */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Document d) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(d.content().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
