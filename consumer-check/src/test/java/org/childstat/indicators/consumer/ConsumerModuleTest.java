package org.childstat.indicators.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an embedder on the module path sees: small consumer modules are compiled with javac
 * against the built jars of indicators-core, -cohort and -scorecard (and their dependencies) on
 * {@code --module-path}, then run in a module layer of their own.
 *
 * <p>The main consumer declares {@code requires org.childstat.indicators.scorecard} and nothing
 * else, and uses types of all three modules, so it compiles only while the scorecard's descriptor
 * says {@code requires transitive} for cohort and core (and cohort's for core). Without that,
 * javac stops with "package org.childstat.indicators.cohort is not visible".
 */
class ConsumerModuleTest {
    private static final String SCORECARD = "org.childstat.indicators.scorecard";
    private static final String COHORT = "org.childstat.indicators.cohort";
    private static final String CORE = "org.childstat.indicators.core";

    @TempDir
    Path work;

    /** The library's jars (or classes folders, under {@code mvn test}) and their dependencies. */
    private static List<Path> modulePath() {
        List<Path> path = new ArrayList<>();
        for (Class<?> c : List.of(org.childstat.indicators.core.model.CaseData.class,
                org.childstat.indicators.cohort.Indicators.class,
                org.childstat.indicators.scorecard.grid.VariationTable.class,
                org.apache.commons.math3.util.FastMath.class, org.slf4j.Logger.class, picocli.CommandLine.class)) {
            try {
                path.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return path;
    }

    private static final String EMBEDDER_MODULE = """
            module org.example.embedder {
                requires org.childstat.indicators.scorecard;
                exports org.example.embedder;
            }
            """;

    /** Uses core (model, indicator), cohort and scorecard types through the scorecard alone. */
    private static final String EMBEDDER = """
            package org.example.embedder;

            import java.util.List;
            import org.childstat.indicators.cohort.Calculation;
            import org.childstat.indicators.cohort.Explanation;
            import org.childstat.indicators.cohort.Indicators;
            import org.childstat.indicators.core.indicator.IndicatorId;
            import org.childstat.indicators.core.indicator.IndicatorResult;
            import org.childstat.indicators.core.indicator.ReportingPeriod;
            import org.childstat.indicators.core.model.CaseData;
            import org.childstat.indicators.core.model.DischargeReason;
            import org.childstat.indicators.core.model.Level;
            import org.childstat.indicators.core.model.PlacementSetting;
            import org.childstat.indicators.scorecard.cases.CaseSelection;
            import org.childstat.indicators.scorecard.grid.VariationTable;

            public final class Embedder {
                private Embedder() {
                }

                public static String run() {
                    CaseData data = CaseData.builder().asOf("2024-06-30")
                            .child("C1").born("2015-03-01")
                            .removed("2023-01-10").placed(PlacementSetting.RELATIVE_FOSTER_HOME).until("2023-05-01")
                            .placed(PlacementSetting.TRIAL_HOME_VISIT).discharged("2023-08-15", DischargeReason.REUNIFICATION)
                            .assignedTo("W1")
                            .build();
                    ReportingPeriod ffy = ReportingPeriod.parse("FFY2023");
                    Calculation calc = Indicators.compute(data, List.of(ffy));
                    IndicatorResult county = calc.results().county(IndicatorId.CFSR4_P1, ffy);
                    VariationTable variation = VariationTable.of(calc.results());
                    CaseSelection.Selection drawn = CaseSelection.select(data, IndicatorId.CFSR4_P1, ffy, Level.COUNTY,
                            "COUNTY", 1, 0L);
                    Explanation why = drawn.sample().get(0).explanation();
                    return county.numerator() + "/" + county.denominator() + " " + why.childId() + " "
                            + (variation.rows().isEmpty() ? "no" : "some") + " variation rows";
                }
            }
            """;

    @Test
    void aModuleThatRequiresOnlyTheScorecardCompilesAndRunsWithCohortAndCoreTypes() throws Exception {
        Path out = compile("org.example.embedder", Map.of("module-info.java", EMBEDDER_MODULE,
                "org/example/embedder/Embedder.java", EMBEDDER), true).output();
        List<Path> path = new ArrayList<>(modulePath());
        path.add(out);
        Configuration cf = ModuleLayer.boot().configuration().resolve(
                ModuleFinder.of(path.toArray(Path[]::new)), ModuleFinder.of(), Set.of("org.example.embedder"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        Class<?> embedder = layer.findLoader("org.example.embedder").loadClass("org.example.embedder.Embedder");
        assertEquals(layer, embedder.getModule().getLayer(), "the consumer runs from its own layer, not the class path");
        Method run = embedder.getMethod("run");
        assertEquals("1/1 C1 some variation rows", run.invoke(null));
    }

    @Test
    void aModuleThatRequiresOnlyTheCohortSeesTheCore() throws Exception {
        compile("org.example.cohortonly", Map.of("module-info.java", """
                module org.example.cohortonly {
                    requires org.childstat.indicators.cohort;
                }
                """, "org/example/cohortonly/Uses.java", """
                package org.example.cohortonly;

                import java.util.List;
                import org.childstat.indicators.cohort.Indicators;
                import org.childstat.indicators.core.indicator.ReportingPeriod;
                import org.childstat.indicators.core.indicator.ResultTable;
                import org.childstat.indicators.core.model.CaseData;

                final class Uses {
                    static ResultTable results(CaseData data) {
                        return Indicators.compute(data, List.of(ReportingPeriod.parse("FFY2024"))).results();
                    }
                }
                """), true);
    }

    @Test
    void theInternalPackagesStayInvisible() throws Exception {
        Compiled c = compile("org.example.internals", Map.of("module-info.java", """
                module org.example.internals {
                    requires org.childstat.indicators.scorecard;
                }
                """, "org/example/internals/Uses.java", """
                package org.example.internals;

                final class Uses {
                    org.childstat.indicators.core.internal.CsvWriter writer;
                }
                """), false);
        assertTrue(c.errors().stream().anyMatch(e -> e.contains("compiler.err.package.not.visible")),
                () -> "expected 'package not visible', got " + c.errors());
    }

    @Test
    void theDescriptorsRequireTransitivelyWhatTheirApiExposes() {
        Map<String, ModuleDescriptor> found = new LinkedHashMap<>();
        for (ModuleReference ref : ModuleFinder.of(modulePath().toArray(Path[]::new)).findAll()) {
            found.put(ref.descriptor().name(), ref.descriptor());
        }
        assertEquals(Set.of(COHORT, CORE), transitive(found.get(SCORECARD)));
        assertEquals(Set.of(CORE), transitive(found.get(COHORT)));
        for (String name : List.of(CORE, COHORT, SCORECARD)) {
            assertTrue(!found.get(name).isAutomatic(), name + " is a named module, not an automatic one");
        }
    }

    private static Set<String> transitive(ModuleDescriptor d) {
        return d.requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    }

    private record Compiled(Path output, List<String> errors) {
    }

    /** Compiles one module's sources; {@code mustCompile} fails the test on any error. */
    private Compiled compile(String module, Map<String, String> sources, boolean mustCompile) throws IOException {
        Path src = Files.createDirectories(work.resolve(module).resolve("src"));
        Path out = Files.createDirectories(work.resolve(module).resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String modulePath = modulePath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = javac.getTask(null, fm, diagnostics,
                    List.of("--release", "17", "--module-path", modulePath, "-d", out.toString()), null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getCode() + ": " + d.getMessage(Locale.ROOT)).toList();
            if (mustCompile) {
                assertTrue(ok && errors.isEmpty(), () -> module + " does not compile on the module path " + modulePath
                        + ":\n" + String.join("\n", errors));
            }
            return new Compiled(out, errors);
        }
    }
}
