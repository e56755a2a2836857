package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version of the command, from the build: {@code version.properties} beside this class holds
 * {@code version=${project.version}}, which Maven's resource filtering replaces with the
 * project's version (indicators-scorecard/pom.xml), so {@code childstat --version}, run.json and
 * the page's settings say what the pom says. Stateless and thread-safe.
 */
final class Version implements CommandLine.IVersionProvider {
    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static final String VERSION = load();

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is not beside " + Version.class.getName()
                        + ": the build did not copy the resources");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.contains("${")) {
                throw new IllegalStateException("version.properties was not filtered by the build: '" + v + "'");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {VERSION};
    }
}
