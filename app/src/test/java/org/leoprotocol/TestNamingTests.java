package org.leoprotocol;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Test classes end in {@code Tests}, never {@code Test}, so that one suffix finds them all. */
@AnalyzeClasses(packages = "org.leoprotocol", importOptions = ImportOption.OnlyIncludeTests.class)
class TestNamingTests {

	@ArchTest
	static final ArchRule testClassesEndInTests = noClasses().that().areTopLevelClasses().and().areNotAnnotations()
		.should().haveSimpleNameEndingWith("Test");
}
