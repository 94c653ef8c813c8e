package org.leoprotocol;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.leoprotocol.shared.LeoCommand;
import org.leoprotocol.shared.web.HomeContributor;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * One word, one role: a class's last word says what it is, in every module alike, so that {@code Pages} or
 * {@code Records} never means a controller in one module and something else in the next. The vocabulary is written out
 * in docs/adr/0018-class-role-vocabulary.md; these rules hold it in both directions (the role gives the word, the word
 * gives the role).
 */
@AnalyzeClasses(packages = "org.leoprotocol", importOptions = ImportOption.DoNotIncludeTests.class)
class RoleVocabularyTests {

	@ArchTest
	static final ArchRule pageControllersEndInController = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.haveSimpleNameEndingWith("Controller")
		.because("a controller serves pages and forms; `Pages` named two different roles");

	@ArchTest
	static final ArchRule controllersArePageControllers = classes().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.beAnnotatedWith(Controller.class);

	@ArchTest
	static final ArchRule apiControllersEndInApi = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.haveSimpleNameEndingWith("Api")
		.because("an Api answers JSON under /api/v1");

	@ArchTest
	static final ArchRule apisAreApiControllers = classes().that()
		.haveSimpleNameEndingWith("Api")
		.and()
		.areTopLevelClasses()
		.and()
		.areNotInterfaces()
		.should()
		.beAnnotatedWith(RestController.class);

	@ArchTest
	static final ArchRule adviceEndsInProblemsOrAdvice = classes().that()
		.areTopLevelClasses()
		.and(annotatedWith(ControllerAdvice.class).or(annotatedWith(RestControllerAdvice.class)))
		.should()
		.haveNameMatching(".*(Problems|Advice)")
		.because("controller advice either turns refusals into problem answers and error pages (Problems) or adds what"
				+ " every page needs to its model (Advice)");

	@ArchTest
	static final ArchRule repositoriesArePluralOrStores = classes().that()
		.areAnnotatedWith(Repository.class)
		.should()
		.haveNameMatching(".*(s|Store|Index)")
		.because("a repository is named after what it keeps, in the plural (`Incidents`, `Flags`), `*Records` where the"
				+ " plain plural names the module's facade (`Investigations`), `*Store` for files and blobs, `*Index` for"
				+ " a search index");

	@ArchTest
	static final ArchRule recordsAreRepositories = classes().that()
		.haveSimpleNameEndingWith("Records")
		.should()
		.beAnnotatedWith(Repository.class)
		.because("`Records` once named JSON shapes in one module and tables in another; it now names tables only");

	@ArchTest
	static final ArchRule viewsAreValues = classes().that()
		.haveSimpleNameEndingWith("View")
		.should()
		.beAssignableTo(Record.class)
		.because("a View is an immutable value a page or an answer renders; what assembles them ends in Views");

	@ArchTest
	static final ArchRule configurationsConfigure = classes().that()
		.haveSimpleNameEndingWith("Configuration")
		.should()
		.beAnnotatedWith(Configuration.class);

	@ArchTest
	static final ArchRule homesAndHealthContributeToTheHome = classes().that()
		.haveSimpleNameEndingWith("Home")
		.or()
		.haveSimpleNameEndingWith("Health")
		.should()
		.implement(HomeContributor.class)
		.because("a Home is a role's panel on /staff, a Health one of the administrator's");

	@ArchTest
	static final ArchRule commandsRunFromTheCommandLine = classes().that()
		.haveSimpleNameEndingWith("Command")
		.and()
		.areNotInterfaces()
		.should()
		.implement(LeoCommand.class)
		.because("a Command is a `./leo` subcommand");
}
