package org.signsnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages under {@code org.signsnet} form a ladder: each uses only the rungs below it, so no
 * package reaches itself through the packages it uses. The graph is read from the compiled main
 * classes, so a type used in code counts whether it is imported or written out in full, and one
 * named only in a comment does not. {@code Main}, the entry point, stands above every package and is
 * left out; the root package's other types ({@link ErrorKind}, {@link SignsnetException}) are the
 * lowest rung.
 */
class PackageLadderTest {
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.signsnet");

    @Test
    void noPackageUsesItselfThroughOtherPackages() {
        slices().matching("org.signsnet.(**)")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(MAIN_CLASSES);
    }

    @Test
    void theRootPackageBesidesMainUsesNoOtherSignsnetPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.signsnet")
                .and()
                .doNotHaveSimpleName(Main.class.getSimpleName())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.signsnet.*..")
                .check(MAIN_CLASSES);
    }

    @Test
    void everyPackageSaysWhatItHoldsInItsPackageInfo() {
        List<String> packages = MAIN_CLASSES.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> !name.equals("org.signsnet"))
                .distinct()
                .sorted()
                .toList();
        assertThat(packages).contains("org.signsnet.app", "org.signsnet.nn");
        assertThat(packages)
                .allSatisfy(name -> assertThat(Path.of("src/main/java", name.replace('.', '/'), "package-info.java"))
                        .isRegularFile());
    }
}
