package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding of raw bytes into text, refusing binary content. */
public final class RawText {
    /** The largest single document we read; larger files are rejected, not loaded. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private RawText() {
    }

    /** Why these bytes are not text, or null when they are. */
    public static String whyNotText(byte[] bytes) {
        if (bytes.length == 0) return "empty file";
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return "binary file (contains NUL bytes)";
            if (b < 9 || (b > 13 && b < 32 && b != 27)) control++;
        }
        if (control * 20 > n) return "binary file (control characters)";
        return null;
    }

    /** UTF-8 (with or without BOM); bytes that are not valid UTF-8 are read as Windows-1252. */
    public static String decode(byte[] bytes) {
        int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, off, bytes.length - off, Charset.forName("windows-1252"));
        }
    }
}
