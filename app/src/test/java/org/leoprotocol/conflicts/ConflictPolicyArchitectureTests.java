package org.leoprotocol.conflicts;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every facade that takes a decision on a case, its findings, hearings, votes and personnel actions, on an
 * early-warning flag, or on an incident (broadcasts, releases, reunification decisions, amendment approvals) asks the
 * conflict policy first: a new facade with a decision method that skips it fails here. Controllers of those records
 * reach them only through their facades, never the database; every module that keeps such records tells the policy
 * their parties; and the need-to-know checks of evidence and complaints ask the policy too.
 */
@AnalyzeClasses(packages = "org.leoprotocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ConflictPolicyArchitectureTests {

	/** The verbs of decisions on those records, as the facades name their methods. */
	static final Set<String> DECISIONS = Set.of("recordFinding", "close", "hold", "vote", "decide", "propose",
			"approve", "acknowledge",
			"planIntervention", "issue", "release");

	/** The modules that keep records a person may have a stake in. */
	static final String[] RECORD_MODULES = { "org.leoprotocol.investigations..", "org.leoprotocol.earlywarning..",
			"org.leoprotocol.protocol..", "org.leoprotocol.complaints..", "org.leoprotocol.evidence.." };

	static final DescribedPredicate<JavaClass> TAKES_DECISIONS = new DescribedPredicate<>(
			"have a non-private decision method " + DECISIONS) {
		@Override
		public boolean test(JavaClass type) {
			return type.getMethods().stream()
				.anyMatch(m -> !m.getModifiers().contains(JavaModifier.PRIVATE) && DECISIONS.contains(m.getName()));
		}
	};

	static final Set<String> ASKING = Set.of("requireToDecide", "requireNoStake");

	static final ArchCondition<JavaClass> ASK_THE_POLICY = new ArchCondition<>("ask Conflicts." + ASKING) {
		@Override
		public void check(JavaClass type, ConditionEvents events) {
			// a facade that hands each decision to a use case of its own module asks through that use case
			boolean asks = asksItself(type) || type.getMethodCallsFromSelf().stream()
				.map(call -> call.getTargetOwner())
				.filter(owner -> !owner.equals(type) && owner.getPackageName().startsWith(type.getPackageName()))
				.anyMatch(ConflictPolicyArchitectureTests::asksItself);
			events.add(new SimpleConditionEvent(type, asks,
					type.getName() + (asks ? " asks" : " does not ask") + " the conflict policy"));
		}
	};

	static boolean asksItself(JavaClass type) {
		return type.getMethodCallsFromSelf().stream()
			.anyMatch(call -> call.getTargetOwner().isEquivalentTo(Conflicts.class) && ASKING.contains(call.getName()));
	}

	@ArchTest
	static final ArchRule decisionFacadesAskTheConflictPolicy = classes().that().resideInAnyPackage(RECORD_MODULES)
		.and().areAnnotatedWith(Service.class).and(TAKES_DECISIONS)
		// acknowledging an escalation is the notified officer's duty to answer a missed deadline, not a decision on the
		// record
		.and().doNotHaveFullyQualifiedName("org.leoprotocol.protocol.escalation.EscalationDelivery")
		.should(ASK_THE_POLICY)
		.because(
				"no one decides a record they have a stake in (issue 13: one conflict-of-interest policy, enforced everywhere)");

	@ArchTest
	static final ArchRule evidenceNeedToKnowAsksTheConflictPolicy = classes().that()
		.haveFullyQualifiedName("org.leoprotocol.evidence.access.EvidenceAccess")
		.should().dependOnClassesThat().haveFullyQualifiedName(Conflicts.class.getName())
		.because("case-linked evidence is closed to whoever has a stake in the case");

	@ArchTest
	static final ArchRule complaintNeedToKnowAsksTheConflictPolicy = classes().that()
		.haveFullyQualifiedName("org.leoprotocol.complaints.ComplaintAccess")
		.should().dependOnClassesThat().haveFullyQualifiedName(Conflicts.class.getName())
		.because("a complaint is closed to whoever has a stake in it, case or no case");

	@ArchTest
	static final ArchRule controllersOfRecordsGoThroughTheirFacades = noClasses().that()
		.resideInAnyPackage(RECORD_MODULES)
		.and(annotatedWith(RestController.class).or(annotatedWith(Controller.class)))
		.should().dependOnClassesThat().haveFullyQualifiedName(JdbcClient.class.getName())
		.because("a controller that wrote a record itself would skip the conflict policy its facade asks");

	@ArchTest
	static void everyModuleWithRecordsTellsThePolicyTheirParties(JavaClasses classes) {
		for (String module : List.of("investigations", "earlywarning", "protocol", "complaints")) {
			assertThat(classes.stream().filter(type -> type.getPackageName().startsWith("org.leoprotocol." + module))
				.anyMatch(type -> type.isAssignableTo(RecordParties.class)))
				.as("a RecordParties of the %s module", module).isTrue();
		}
	}
}
