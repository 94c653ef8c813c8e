package org.leoprotocol.conflicts.rule;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.DeclaredRelation;
import org.leoprotocol.conflicts.Parties;
import org.leoprotocol.conflicts.Party;
import org.leoprotocol.conflicts.PartyRole;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRuleTests {

	static final UUID MARK_MILLER = UUID.randomUUID();
	static final UUID DAVID_MILLER = UUID.randomUUID();
	static final UUID HQ = UUID.randomUUID();
	static final UUID SQUAD = UUID.randomUUID();
	static final Parties CORAS_CASE = new Parties("IA-2026-0001",
			List.of(Party.officer(PartyRole.SUBJECT_OFFICER, MARK_MILLER),
					Party.person(PartyRole.COMPLAINANT, "Cora Miller"), Party.person(PartyRole.CHILD, "Leo Miller"),
					Party.person(PartyRole.WITNESS, "Eleanor Vance")),
			List.of(new Parties.HeldRole("investigator", "investigator")));
	static final List<ConflictRule> RULES = ConflictRule
		.all(officer -> officer.equals(MARK_MILLER) ? List.of(SQUAD, HQ) : List.of());

	@Test
	void theChiefWhoDeclaredHeIsTheChildsFatherMayNotDecideNorRead() {
		Decider chief = chief(relation(null, "  LÉO  miller ", "father"));
		assertThat(conflicts(chief, Act.DECIDE)).extracting(Conflict::key).containsExactly("conflicts.rule.relation");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/conflicts");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Conflict reason = conflicts(chief, Act.VIEW).get(0);
		assertThat(messages.getMessage(reason.of("chief"), Locale.ENGLISH))
			.isEqualTo("chief declared a personal relation (father) to the child");
		assertThat(messages.getMessage(reason.of("chief"), Locale.forLanguageTag("es")))
			.isEqualTo("chief declaró una relación personal (father) con el niño o la niña de este expediente");
	}

	@Test
	void aRelationToTheSubjectOfficerCountsAndOneToSomeoneElseDoesNot() {
		assertThat(conflicts(chief(relation(MARK_MILLER, null, "brother")), Act.DECIDE)).isNotEmpty();
		assertThat(conflicts(chief(relation(UUID.randomUUID(), null, "brother")), Act.DECIDE)).isEmpty();
		assertThat(conflicts(chief(relation(null, "Leonard Miller", "uncle")), Act.DECIDE)).isEmpty();
	}

	@Test
	void theChainOfCommandBarsInvestigatingButNotDeciding() {
		Decider chief = chief();
		assertThat(conflicts(chief, Act.INVESTIGATE)).extracting(Conflict::key).containsExactly("conflicts.rule.chain");
		assertThat(conflicts(chief, Act.DECIDE)).isEmpty();
	}

	@Test
	void theSubjectOfficerAndTheCasesInvestigatorDoNotDecideIt() {
		Decider subject = new Decider("mmiller", MARK_MILLER, "Mark Miller", SQUAD, List.of());
		assertThat(conflicts(subject, Act.VIEW)).extracting(Conflict::arguments)
			.containsExactly(List.of("conflicts.party.SUBJECT_OFFICER"));
		Decider investigator = new Decider("investigator", null, null, null, List.of());
		assertThat(conflicts(investigator, Act.DECIDE)).extracting(Conflict::key)
			.containsExactly("conflicts.rule.role");
		assertThat(conflicts(investigator, Act.VIEW)).isEmpty();
	}

	@Test
	void anOfficerOnAnIncidentByDutyMayDecideItButWhoeverIsRelatedToHimMayNot() {
		UUID responsible = UUID.randomUUID();
		Parties incident = new Parties(null, List.of(Party.officer(PartyRole.OFFICER, responsible),
				Party.person(PartyRole.CHILD, "Lucia Vallejo")), List.of());
		Decider onDuty = new Decider("deputy", responsible, "Rosa Ibarra", SQUAD, List.of());
		Decider brother = new Decider("sergeant", UUID.randomUUID(), "Pablo Ibarra", SQUAD,
				List.of(relation(responsible, null, "brother")));
		assertThat(RULES.stream().flatMap(rule -> rule.conflict(onDuty, Act.DECIDE, incident).stream())).isEmpty();
		assertThat(RULES.stream().flatMap(rule -> rule.conflict(brother, Act.DECIDE, incident).stream()))
			.extracting(Conflict::arguments).containsExactly(List.of("brother", "conflicts.party.OFFICER"));
	}

	@Test
	void aComplainantOnTheStaffIsAPartyByName() {
		Decider clerk = new Decider("cmiller", UUID.randomUUID(), "Cora Miller", null, List.of());
		assertThat(conflicts(clerk, Act.VIEW)).extracting(Conflict::key).containsExactly("conflicts.rule.party");
	}

	private static List<Conflict> conflicts(Decider who, Act act) {
		return RULES.stream().flatMap(rule -> rule.conflict(who, act, CORAS_CASE).stream()).toList();
	}

	private static Decider chief(DeclaredRelation... relations) {
		return new Decider("chief", DAVID_MILLER, "David Miller", HQ, List.of(relations));
	}

	private static DeclaredRelation relation(UUID officer, String person, String relation) {
		return new DeclaredRelation(UUID.randomUUID(), "chief", officer, person, relation, Instant.EPOCH);
	}
}
