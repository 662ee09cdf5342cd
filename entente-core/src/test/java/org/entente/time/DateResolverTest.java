package org.entente.time;

import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    private static final LocalDate TUE_2016_08_09 = LocalDate.of(2016, 8, 9);

    private static EventDate first(String text, LocalDate anchor, boolean inferred, boolean future) {
        List<TimeExpression> found = TimeFinder.find(text, 0);
        assertTrue(!found.isEmpty(), "no expression in: " + text);
        TimeExpression best = found.get(0);
        for (TimeExpression t : found) if (t.type().rank < best.type().rank) best = t;
        return DateResolver.resolve(best, anchor, inferred, future);
    }

    @Test
    void pastWeekdayIsTheMostRecentOne() {
        EventDate d = first("The summit ended on Monday.", TUE_2016_08_09, false, false);
        assertEquals("2016-08-08", d.value());
        assertEquals(EventDate.Grain.DAY, d.grain());
    }

    @Test
    void plannedWeekdayIsTheNextOne() {
        assertEquals("2016-08-15", first("He will fly to Rome on Monday.", TUE_2016_08_09, false, true).value());
    }

    @Test
    void parentheticalFullDateWinsOverWeekday() {
        assertEquals("2017-03-27", first("He will leave for Moscow on Monday (March 27, 2017) to hold talks.",
                LocalDate.of(2020, 12, 1), false, true).value());
    }

    @Test
    void monthDayAfterPublicationMovesToTheYearBefore() {
        assertEquals("2015-11-20", first("The deal was signed on Nov. 20.", LocalDate.of(2016, 2, 3), false, false).value());
        assertEquals("2018-04-09", first("It happened last week (April 9) in the capital.", LocalDate.of(2018, 4, 17), false, false).value());
    }

    @Test
    void monthAloneHasMonthGrain() {
        EventDate d = first("Agreements were concluded in late March in a ceremony.", LocalDate.of(2018, 4, 17), false, false);
        assertEquals("2018-03", d.value());
        assertEquals(EventDate.Grain.MONTH, d.grain());
        assertEquals("2017-11", first("They met in November.", LocalDate.of(2018, 4, 17), false, false).value());
    }

    @Test
    void explicitYearsWin() {
        assertEquals("2015-09", first("It joined the war in Sept. 2015 by lending air power.", TUE_2016_08_09, false, false).value());
        assertEquals("2014", first("Relations soured in 2014.", TUE_2016_08_09, false, false).value());
        assertEquals("2014", first("As of mid-2014, relations had soured.", TUE_2016_08_09, false, false).value());
    }

    @Test
    void relativeUnits() {
        assertEquals("2016", first("The two sides will meet again next year.", LocalDate.of(2015, 6, 1), false, true).value());
        assertEquals("2016-08", first("Officials met earlier this month.", TUE_2016_08_09, false, false).value());
        assertEquals("2016-08-08", first("The minister arrived yesterday.", TUE_2016_08_09, false, false).value());
    }

    @Test
    void inferredAnchorTakesTheFirstOccurrenceAfterIt() {
        EventDate d = first("Putin was in Tehran on Nov. 1 for talks.", LocalDate.of(2016, 12, 31), true, false);
        assertEquals("2017-11-01", d.value());
        assertTrue(d.inferred());
    }

    @Test
    void relativeExpressionWithoutAnchorIsUnknown() {
        assertNull(first("The summit ended on Monday.", null, false, false));
    }

    @Test
    void lowerCaseMayIsNoMonth() {
        assertTrue(TimeFinder.find("Talks may begin soon, officials said.", 0).isEmpty());
    }
}
