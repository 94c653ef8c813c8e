package org.leoprotocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

/** The house conventions (docs/adr and the README) as rules checked on every build. */
@AnalyzeClasses(packages = "org.leoprotocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(Controller.class)
		.or().areAnnotatedWith(RestController.class).should().notBePublic()
		.because("a module's web entry points are not part of its API");

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that().areAnnotatedWith(Repository.class)
		.and().resideInAPackage("org.leoprotocol.*")
		.should().notBePublic()
		.because("other modules reach data through a module's facade, never its tables (a repository in a concept"
				+ " sub-package may be public to its siblings: Spring Modulith keeps sub-packages internal, which"
				+ " ModularityTests verifies)");

	@ArchTest
	static final ArchRule webPackagesHoldViewsAndRoutesOnly = noClasses().that().resideInAPackage("..web..")
		.should().beAnnotatedWith(Controller.class).orShould().beAnnotatedWith(RestController.class)
		.orShould().beAnnotatedWith(Repository.class)
		.because("controllers live beside the domain, package-private; web/ holds what templates need");

	@ArchTest
	static final ArchRule timeComesFromTheInjectedClock = noClasses().should().callMethod(Instant.class, "now")
		.orShould().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDateTime.class, "now")
		.orShould().callMethod(OffsetDateTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now")
		.because("every deadline must be testable by moving the clock");

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class)
		.because("dependencies arrive through constructors");

	@ArchTest
	static final ArchRule noGrabBagNames = noClasses().should().haveSimpleNameEndingWith("Manager")
		.orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
		.orShould().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Impl")
		.orShould().haveSimpleNameEndingWith("DTO").orShould().haveSimpleNameEndingWith("Dto")
		.because("names come from the domain");

	@ArchTest
	static final ArchRule onlyTheCommandLineWritesToTheConsole = noClasses().that()
		.resideOutsideOfPackage("org.leoprotocol.shared.cli..")
		.and().doNotHaveFullyQualifiedName("org.leoprotocol.evidence.ledger.ExportVerifier")
		.should(ACCESS_STANDARD_STREAMS)
		.because("everything else logs, or prints through the PrintWriter a LeoCommand is given (the standalone"
				+ " leo-verifier.jar, which runs without Spring, has its own console entry point)");

	@ArchTest
	static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
