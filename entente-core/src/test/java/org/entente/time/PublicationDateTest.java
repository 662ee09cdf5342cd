package org.entente.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PublicationDateTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-03-14|2025-03-14",
            "2025-03-14T16:35:50Z|2025-03-14",
            "2025-03-14T23:59:59.123456Z|2025-03-14",
            "2024-10-22T11:27:47-07:00|2024-10-22",
            "2024-10-22T23:27:47-07:00|2024-10-22",
            "2024-10-23T01:10:00+09:00|2024-10-23",
            "2024-10-22T11:27:47-0700|2024-10-22",
            "2024-10-22T11:27-07:00|2024-10-22",
            "2024-10-22 11:27:47|2024-10-22",
            "2024-10-22T11:27:47|2024-10-22",
            "2024-10-22T11:27:47+02:00[Europe/Paris]|2024-10-22",
            "Fri, 14 Mar 2025 16:35:50 GMT|2025-03-14",
            "Fri, 14 Mar 2025 16:35:50 +0000|2025-03-14",
            "Tue, 1 Nov 2016 22:05:00 -0500|2016-11-01",
            "14 Mar 2025 16:35:50 EST|2025-03-14",
            "20250314T163550Z|2025-03-14",
            "20250314163550|2025-03-14",
            "20250314|2025-03-14",
            "1741970150|2025-03-14",
            "1741970150000|2025-03-14",
            "1741970150.5|2025-03-14",
            "2019/05/03|2019-05-03",
            "October 22, 2024 11:27 AM ET|2024-10-22",
            "Published Oct. 22, 2024|2024-10-22",
            "22 October 2024|2024-10-22",
    })
    void readsTheFormsFeedsCarry(String value, String expected) {
        assertEquals(java.time.LocalDate.parse(expected), PublicationDate.parse(value));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "  ", "yesterday", "2025-13-45", "2025-02-30T10:00:00Z", "0", "12345",
            "not a date at all", "Copyright 2019 by nobody in particular, and on and on, March 3, 2019"})
    void refusesWhatIsNoDate(String value) {
        assertNull(PublicationDate.parse(value));
    }
}
