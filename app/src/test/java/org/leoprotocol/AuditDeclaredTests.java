package org.leoprotocol;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.leoprotocol.audit.AuditExempt;
import org.leoprotocol.audit.Audited;

import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read or change of a protected record through a facade is audited, and declared where it happens: a public
 * method of a module's facade (a {@code @Service} in a module root) that takes the identifier of an incident, an
 * investigation, an allegation, a complaint or an evidence item carries {@link Audited}, or {@link AuditExempt} with
 * the reason it reads nothing. A forgotten audit call used to be a silent gap in the trail the FBI CJIS Security Policy
 * (5.4.1.1) asks for; now it fails the build.
 */
class AuditDeclaredTests {

	private static final Set<String> PROTECTED = Set.of("org.leoprotocol.protocol.IncidentId",
			"org.leoprotocol.investigations.InvestigationId", "org.leoprotocol.investigations.AllegationId",
			"org.leoprotocol.complaints.ComplaintId", "org.leoprotocol.evidence.EvidenceId");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.leoprotocol");

	@Test
	void everyFacadeMethodTouchingAProtectedRecordDeclaresItsAudit() {
		assertThat(undeclared()).as("facade methods taking a protected record's identifier without @Audited")
			.isEmpty();
	}

	static Set<String> undeclared() {
		Set<String> undeclared = new TreeSet<>();
		for (JavaClass facade : CLASSES) {
			if (!facade.isAnnotatedWith(Service.class) || !isModuleRoot(facade.getPackageName())) {
				continue;
			}
			for (JavaMethod method : facade.getMethods()) {
				if (method.getModifiers().contains(JavaModifier.PUBLIC) && touchesProtectedRecord(method)
						&& !method.isAnnotatedWith(Audited.class) && !method.isAnnotatedWith(AuditExempt.class)) {
					undeclared.add(facade.getSimpleName() + "." + method.getName());
				}
			}
		}
		return undeclared;
	}

	private static boolean touchesProtectedRecord(JavaMethod method) {
		return method.getRawParameterTypes().stream().anyMatch(type -> PROTECTED.contains(type.getName()));
	}

	private static boolean isModuleRoot(String packageName) {
		return packageName.startsWith("org.leoprotocol.")
				&& packageName.indexOf('.', "org.leoprotocol.".length()) < 0;
	}
}
