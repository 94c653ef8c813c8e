package org.leoprotocol.evidence.access;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.EvidenceLink;
import org.leoprotocol.evidence.ItemState;
import org.leoprotocol.evidence.LinkKind;
import org.leoprotocol.evidence.Recording;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTests {

	static final OfficerId MILLER = OfficerId.random();
	static final EvidenceItem FOOTAGE = new EvidenceItem(EvidenceId.random(), EvidenceKind.BODY_CAMERA_VIDEO,
			"video/mp4", "a.mp4",
			10, "0".repeat(64), "k", new Recording("AXON-1", MILLER, null, null, null), Instant.EPOCH, "x",
			ItemState.ACTIVE, null);
	static final EvidenceLink CASE = new EvidenceLink(LinkKind.CASE, "IA-1", MILLER, Instant.EPOCH, "x");
	static final AccessFacts NOTHING = new AccessFacts(List.of(), Set.of(), Set.of(), Set.of());

	@Test
	void administratorsDoNotHandleEvidence() {
		assertThat(refusal(who("a", Set.of(Role.ADMIN), null), NOTHING))
			.contains("Your roles do not include handling evidence");
	}

	@Test
	void officersSeeTheirOwnRecordingsOnly() {
		assertThat(refusal(who("m", Set.of(Role.OFFICER), MILLER), NOTHING)).isEmpty();
		assertThat(refusal(who("r", Set.of(Role.OFFICER), OfficerId.random()), NOTHING))
			.contains("Officers see their own recordings only");
	}

	@Test
	void theSubjectOfAnInvestigationIsRefusedWhateverHisRoles() {
		AccessFacts investigated = new AccessFacts(List.of(CASE), Set.of(), Set.of(), Set.of());
		assertThat(refusal(who("m", Set.of(Role.OFFICER, Role.COMMAND), MILLER), investigated))
			.contains("You are the subject of case IA-1; its evidence is closed to you");
	}

	@Test
	void aDeclaredStakeAndAMissingTeamPlaceRefuse() {
		AccessFacts stake = new AccessFacts(List.of(CASE), Set.of("IA-1"), Set.of("IA-1"), Set.of());
		assertThat(refusal(who("i", Set.of(Role.INVESTIGATOR), null), stake)).get().asString()
			.contains("personal stake");
		AccessFacts outsider = new AccessFacts(List.of(CASE), Set.of(), Set.of(), Set.of());
		assertThat(refusal(who("i", Set.of(Role.INVESTIGATOR), null), outsider))
			.contains("You are not on the team of case IA-1");
		assertThat(refusal(who("c", Set.of(Role.COMMAND), null), outsider)).isEmpty();
		AccessFacts member = new AccessFacts(List.of(CASE), Set.of(), Set.of("IA-1"), Set.of());
		assertThat(refusal(who("i", Set.of(Role.INVESTIGATOR), null), member)).isEmpty();
	}

	@Test
	void aConflictOfInterestInTheCaseRefusesEvenCommand() {
		AccessFacts conflicted = new AccessFacts(List.of(CASE), Set.of(), Set.of(), Set.of(),
				java.util.Map.of("IA-1", "chief declared a personal relation (father) to the child"));
		assertThat(refusal(who("chief", Set.of(Role.COMMAND), OfficerId.random()), conflicted))
			.contains("Conflict of interest in case IA-1: chief declared a personal relation (father) to the child");
	}

	@Test
	void caseEvidenceIsClosedByDefaultToSupervisorsOutsideTheInvestigatorsChainOfCommand() {
		AccessFacts noTeamYet = new AccessFacts(List.of(CASE), Set.of(), Set.of(), Set.of());
		assertThat(refusal(who("s", Set.of(Role.SUPERVISOR), OfficerId.random()), noTeamYet))
			.contains("You are not on the team of case IA-1");
		AccessFacts inTheChain = new AccessFacts(List.of(CASE), Set.of(), Set.of(), Set.of("IA-1"));
		assertThat(refusal(who("s", Set.of(Role.SUPERVISOR), OfficerId.random()), inTheChain)).isEmpty();
		assertThat(refusal(who("s", Set.of(Role.SUPERVISOR), OfficerId.random()), NOTHING)).isEmpty();
	}

	@Test
	void theReviewBoardSeesReferredCasesOnly() {
		assertThat(refusal(who("b", Set.of(Role.REVIEW_BOARD), null), NOTHING))
			.contains("The review board sees evidence of cases referred to it");
		AccessFacts referred = new AccessFacts(List.of(CASE), Set.of(), Set.of("IA-1"), Set.of());
		assertThat(refusal(who("b", Set.of(Role.REVIEW_BOARD), null), referred)).isEmpty();
	}

	private static Optional<String> refusal(Actor who, AccessFacts facts) {
		return AccessPolicy.ALL.stream().map(p -> p.refusal(who, FOOTAGE, facts)).flatMap(Optional::stream).findFirst()
			.map(AccessPolicyTests::english);
	}

	private static Actor who(String name, Set<Role> roles, OfficerId officer) {
		return new Actor(name, roles, officer == null ? null : officer.value(), null, null);
	}

	/** The refusal as the English bundle says it. */
	private static String english(AccessRefused refusal) {
		Properties bundle = new Properties();
		try (var in = AccessPolicyTests.class.getResourceAsStream("/i18n/refusals.properties")) {
			bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return new MessageFormat(bundle.getProperty(refusal.messageKey()), Locale.ENGLISH)
			.format(refusal.messageArguments());
	}
}
