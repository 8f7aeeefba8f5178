package io.pilothouse.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core runs without a display (CLI, servers, tests): no class in io.pilothouse.core may use
 * JavaFX. The rule is checked on the compiled main classes; two more tests make sure it cannot
 * pass by looking at nothing, and that it does catch a class that uses JavaFX.
 */
class CoreHasNoJavaFxTest {

    private static final String CORE = "io.pilothouse.core";

    /** Fewer main classes than this means the import looked in the wrong place. */
    private static final int MIN_CORE_CLASSES = 20;

    private static final ArchRule NO_JAVAFX = noClasses()
            .that().resideInAPackage(CORE + "..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.sun.javafx..", "com.sun.glass..", "com.sun.prism..")
            .because("the core is shared by the desktop app and the headless CLI")
            .allowEmptyShould(false);

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(CORE);
    }

    @Test
    void coreClassesDoNotDependOnJavaFx() {
        NO_JAVAFX.check(core);
    }

    @Test
    void theRuleSeesTheCoreMainClasses() {
        Set<String> names = core.stream().map(JavaClass::getName).collect(Collectors.toSet());
        assertThat(names)
                .as("main classes of %s imported by the rule", CORE)
                .hasSizeGreaterThanOrEqualTo(MIN_CORE_CLASSES)
                .contains("io.pilothouse.core.host.HostProfile",
                        "io.pilothouse.core.host.ConnectionFactory",
                        "io.pilothouse.core.config.AppDirectories")
                .allMatch(n -> n.startsWith(CORE + "."), "in " + CORE)
                .noneMatch(n -> n.endsWith("Test") || n.endsWith("IT"), "a main class, not a test");
    }

    @Test
    void theRuleCatchesACoreClassThatUsesJavaFx(@TempDir Path dir) throws IOException {
        // a stand-in javafx.scene.Node (the real one is not on the core's class path) and a core
        // class that holds one: compiled here, then given to the same rule
        Path src = dir.resolve("src");
        Path out = Files.createDirectories(dir.resolve("classes"));
        write(src.resolve("javafx/scene/Node.java"), "package javafx.scene; public class Node { }");
        write(src.resolve("io/pilothouse/core/probe/NodeHolder.java"),
                "package io.pilothouse.core.probe; public class NodeHolder { javafx.scene.Node node; }");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler (the build runs on a JDK)").isNotNull();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, "-d", out.toString(),
                src.resolve("javafx/scene/Node.java").toString(),
                src.resolve("io/pilothouse/core/probe/NodeHolder.java").toString());
        assertThat(rc).as("javac: %s", err.toString(StandardCharsets.UTF_8)).isZero();

        JavaClasses probe = new ClassFileImporter().importPath(out);
        EvaluationResult result = NO_JAVAFX.evaluate(probe);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("io.pilothouse.core.probe.NodeHolder")
                .contains("javafx.scene.Node");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
