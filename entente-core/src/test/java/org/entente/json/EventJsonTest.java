package org.entente.json;

import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Events written as the contract's JSON and read back are the same events. */
class EventJsonTest {
    @Test
    void anEventReadBackFromItsJsonIsWrittenTheSame() throws Exception {
        List<Event> events = Pipeline.standard().process(new Document("t", "t.txt",
                "KYIV, Ukraine — Russian forces launched missile strikes on Kharkiv on Thursday. "
                        + "Ukrainian President Volodymyr Zelenskyy criticized Russia and urged Germany to send air defences.",
                null, null, null, "2025-03-14", null)).events();
        assertFalse(events.isEmpty());
        for (Event e : events) {
            String written = Json.line(Json.event(e));
            Event back = EventJson.read(Json.MAPPER.readTree(written));
            assertEquals(written, Json.line(Json.event(back)));
            assertEquals(e.mergeBlock(), back.mergeBlock());
        }
    }
}
