package org.entente.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WholeLinesTest {
    @Test
    void onlyFinishedLinesReachTheStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter w = new PrintWriter(new WholeLines(bytes), false);
        w.println("{\"doc\":\"a\",\"text\":\"Tehran – Moscow\"}");
        w.print("{\"doc\":\"b\",");
        w.flush();
        assertEquals("{\"doc\":\"a\",\"text\":\"Tehran – Moscow\"}\n", bytes.toString(StandardCharsets.UTF_8), "the half line waits");
        w.println("\"text\":\"x\"}");
        w.flush();
        assertEquals(2, bytes.toString(StandardCharsets.UTF_8).split("\n").length);
        w.print("tail");
        w.close();
        assertEquals(true, bytes.toString(StandardCharsets.UTF_8).endsWith("tail"), "closing writes what is left");
    }
}
