package org.leoprotocol;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal for who the caller is reaches the one mapping and is answered 403: no code catches {@link NotPermitted}, or
 * every {@link Refusal} at once, and turns it into a notice on a page. A form shows the refusals of what was sent and
 * of the record's state ({@code InvalidInput}, {@code WrongState}); the listed places translate a refusal into another
 * refusal, never into success.
 */
class RefusalCatchTests {

	/** Methods that catch a refusal of access only to raise another refusal, as {@code Class.method}. */
	static final Set<String> TRANSLATING = Set.of("CaseReferences.priorCase");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.leoprotocol");

	@Test
	void noCodeSwallowsARefusalOfAccess() {
		Set<String> catching = new TreeSet<>();
		for (JavaClass type : CLASSES) {
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				for (TryCatchBlock block : unit.getTryCatchBlocks()) {
					if (block.getCaughtThrowables().stream().anyMatch(RefusalCatchTests::ofAccess)) {
						catching.add(type.getSimpleName() + "." + unit.getName());
					}
				}
			}
		}
		assertThat(catching).as("code catching NotPermitted or every Refusal").isSubsetOf(TRANSLATING);
	}

	private static boolean ofAccess(JavaClass caught) {
		return caught.isAssignableTo(NotPermitted.class) || caught.isEquivalentTo(Refusal.class);
	}
}
