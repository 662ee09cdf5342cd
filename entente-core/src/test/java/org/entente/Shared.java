package org.entente;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real-world data in ../shared beside the repository: present in CI, absent on a user's fresh clone. */
public final class Shared {
    private Shared() {
    }

    /** The path of {@code rel} under shared/, or the test is skipped when shared/ is absent. */
    public static Path require(String rel) {
        for (String base : new String[]{"../shared", "../../shared"}) {
            Path p = Path.of(base, rel);
            if (Files.exists(p)) return p;
        }
        Assumptions.abort("../shared/" + rel + " is not present");
        return null;
    }
}
