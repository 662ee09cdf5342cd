package org.entente.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one of our tab-separated knowledge files, checking the column count of every line. */
public final class TsvFile {
    /** A data line: its columns and where it stands. */
    public record Line(String[] cols, String file, int number) {
        public String col(int i) {
            return cols[i].strip();
        }

        /** A column's value, or null for {@code -}. */
        public String opt(int i) {
            String v = col(i);
            return v.equals("-") || v.isEmpty() ? null : v;
        }

        public String where() {
            return file + ":" + number;
        }

        public KnowledgeFormatException error(String why) {
            return new KnowledgeFormatException(file, number, why);
        }
    }

    private TsvFile() {
    }

    public static List<Line> resource(String path, int columns) {
        try (InputStream in = TsvFile.class.getResourceAsStream(path)) {
            if (in == null) throw new KnowledgeFormatException(path, 0, "missing resource");
            return read(in, path, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Line> read(InputStream in, String name, int columns) throws IOException {
        List<Line> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String s;
        int n = 0;
        while ((s = r.readLine()) != null) {
            n++;
            if (s.isBlank() || s.startsWith("#")) continue;
            String[] cols = s.split("\t", -1);
            if (cols.length != columns) {
                throw new KnowledgeFormatException(name, n, "expected " + columns + " tab-separated columns, found " + cols.length);
            }
            for (int i = 0; i < cols.length; i++) {
                if (cols[i].isBlank()) throw new KnowledgeFormatException(name, n, "column " + (i + 1) + " is empty (write - for none)");
            }
            out.add(new Line(cols, name, n));
        }
        return out;
    }
}
