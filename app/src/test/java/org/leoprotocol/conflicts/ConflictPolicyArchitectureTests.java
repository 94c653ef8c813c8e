package org.leoprotocol.conflicts;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Every facade that takes a decision on a case, its findings, hearings, votes and personnel actions, or on an
 * early-warning flag asks the conflict policy first: a new facade with a decision method that skips it fails here.
 * Evidence's need-to-know check asks it too.
 */
@AnalyzeClasses(packages = "org.leoprotocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ConflictPolicyArchitectureTests {

	/** The verbs of decisions on those records, as the facades name their methods. */
	static final Set<String> DECISIONS = Set.of("recordFinding", "close", "hold", "vote", "decide", "propose", "approve", "acknowledge");

	static final DescribedPredicate<JavaClass> TAKES_DECISIONS = new DescribedPredicate<>("have a public decision method " + DECISIONS) {
		@Override
		public boolean test(JavaClass type) {
			return type.getMethods().stream().anyMatch(m -> m.getModifiers().contains(JavaModifier.PUBLIC) && DECISIONS.contains(m.getName()));
		}
	};

	static final ArchCondition<JavaClass> ASK_THE_POLICY = new ArchCondition<>("ask Conflicts.requireToDecide") {
		@Override
		public void check(JavaClass type, ConditionEvents events) {
			boolean asks = type.getMethodCallsFromSelf().stream()
				.anyMatch(call -> call.getTargetOwner().isEquivalentTo(Conflicts.class) && call.getName().equals("requireToDecide"));
			events.add(new SimpleConditionEvent(type, asks, type.getName() + (asks ? " asks" : " does not ask") + " the conflict policy"));
		}
	};

	@ArchTest
	static final ArchRule decisionFacadesAskTheConflictPolicy = classes().that().resideInAnyPackage("org.leoprotocol.investigations..",
			"org.leoprotocol.earlywarning..")
		.and().areAnnotatedWith(Service.class).and(TAKES_DECISIONS)
		.should(ASK_THE_POLICY)
		.because("no one decides a record they have a stake in (issue 13: one conflict-of-interest policy, enforced everywhere)");

	@ArchTest
	static final ArchRule evidenceNeedToKnowAsksTheConflictPolicy = classes().that().haveFullyQualifiedName("org.leoprotocol.evidence.EvidenceAccess")
		.should().dependOnClassesThat().haveFullyQualifiedName(Conflicts.class.getName())
		.because("case-linked evidence is closed to whoever has a stake in the case");
}
