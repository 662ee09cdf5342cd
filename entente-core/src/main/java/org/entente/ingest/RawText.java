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

    /** Why these bytes are not text, or null when they are (UTF-16 and UTF-32 text with a byte-order mark is text). */
    public static String whyNotText(byte[] bytes) {
        if (bytes.length == 0) return "empty file";
        if (bom(bytes) != null) return null;
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

    /** The charset a byte-order mark declares (UTF-32 and UTF-16, either order), or null. */
    private static Charset bom(byte[] b) {
        int n = b.length;
        int b0 = n > 0 ? b[0] & 0xff : -1, b1 = n > 1 ? b[1] & 0xff : -1, b2 = n > 2 ? b[2] & 0xff : -1, b3 = n > 3 ? b[3] & 0xff : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) return Charset.forName("UTF-32BE");
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) return Charset.forName("UTF-32LE");
        if (b0 == 0xFE && b1 == 0xFF) return StandardCharsets.UTF_16BE;
        if (b0 == 0xFF && b1 == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /**
     * A reason a person can act on for a failure to read: the exception's message, or what its
     * kind means when it has none ("truncated" for an input that ends early).
     */
    public static String reason(Throwable e) {
        Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof java.io.EOFException) return "truncated: the data ends early";
        if (t instanceof java.util.zip.ZipException) return "corrupt compressed data" + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
        if (t instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (t instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (t instanceof java.nio.file.FileSystemLoopException) return "a symbolic link loop";
        if (t.getMessage() != null && !t.getMessage().isBlank()) return t.getMessage();
        return t.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** UTF-8 (with or without BOM), or UTF-16/32 where a byte-order mark says so; bytes that are not valid UTF-8 are read as Windows-1252. */
    public static String decode(byte[] bytes) {
        Charset declared = bom(bytes);
        if (declared != null) {
            int skip = declared.name().startsWith("UTF-32") ? 4 : 2;
            return new String(bytes, skip, bytes.length - skip, declared);
        }
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
