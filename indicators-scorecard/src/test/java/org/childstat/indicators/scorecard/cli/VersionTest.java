package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version the command prints comes from the build: it is the pom's (issue 13). */
class VersionTest {
    @TempDir
    Path dir;

    /** The project version, read from this module's pom (its parent's version), not from the code. */
    static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>.*?</parent>", Pattern.DOTALL)
                .matcher(pom);
        if (!parent.find()) {
            throw new AssertionError("no parent version in pom.xml");
        }
        return parent.group(1).strip();
    }

    @Test
    void version_isTheProjectVersionOfThePom() throws Exception {
        CapturedChildstat cli = new CapturedChildstat();
        assertEquals(0, cli.run("--version"));
        assertEquals(pomVersion(), cli.out().strip());
    }

    @Test
    void runJson_version_isTheProjectVersionOfThePom() throws Exception {
        CapturedChildstat cli = new CapturedChildstat();
        Path out = dir.resolve("o");
        assertEquals(0, cli.run("run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(), "--periods",
                "FFY2024"), cli.err());
        assertEquals(pomVersion(), StrictJson.object(Files.readString(out.resolve("run.json"))).get("version"));
        assertEquals(true, Files.readString(out.resolve("scorecard.html")).contains("childstat " + pomVersion()));
    }
}
