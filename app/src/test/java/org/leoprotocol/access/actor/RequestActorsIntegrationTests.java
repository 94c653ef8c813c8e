package org.leoprotocol.access.actor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.duty.Post;
import org.leoprotocol.personnel.duty.Shift;
import org.leoprotocol.personnel.duty.ShiftDesk;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor of a request, resolved once: the sergeant of the first story's unit, on duty, signs in; a program acts for
 * him with his API token; a visitor is no actor at all.
 */
@LeoIntegrationTest
class RequestActorsIntegrationTests {

	@Autowired
	RequestActors actors;

	@Autowired
	Roster roster;

	@Autowired
	StaffDirectory staff;

	@Autowired
	ShiftDesk shifts;

	@Autowired
	MutableClock clock;

	@Test
	void anOnDutySergeantActsWithHisRolesOfficerAndUnit() {
		Sergeant sergeant = sergeantOnDuty();

		Actor actor = actors.of(new MockHttpServletRequest(), signedIn(sergeant.username)).orElseThrow();

		assertThat(actor.username()).isEqualTo(sergeant.username);
		assertThat(actor.roles()).containsExactly(Role.SUPERVISOR);
		assertThat(actor.officerId()).contains(sergeant.officer.value());
		assertThat(actor.unitOnDuty()).contains(sergeant.unit);
		assertThat(actor.actingProgram()).isEmpty();
	}

	@Test
	void offDutyTheSameSergeantActsWithoutAUnit() {
		Sergeant sergeant = sergeantOnDuty();
		MockHttpServletRequest later = new MockHttpServletRequest();
		clock.advance(Duration.ofHours(12));
		try {
			assertThat(actors.of(later, signedIn(sergeant.username)).orElseThrow().unitOnDuty()).isEmpty();
		}
		finally {
			clock.advance(Duration.ofHours(-12));
		}
	}

	@Test
	void aProgramActsForTheAccountOfItsToken() {
		Sergeant sergeant = sergeantOnDuty();
		UsernamePasswordAuthenticationToken token = signedIn(sergeant.username);
		token.setDetails(new ActingProgram("cad-bridge"));

		Actor actor = actors.of(new MockHttpServletRequest(), token).orElseThrow();

		assertThat(actor.username()).isEqualTo(sergeant.username);
		assertThat(actor.actingProgram()).contains("cad-bridge");
	}

	@Test
	void theActorIsResolvedOncePerRequest() {
		Sergeant sergeant = sergeantOnDuty();
		MockHttpServletRequest request = new MockHttpServletRequest();
		Actor first = actors.of(request, signedIn(sergeant.username)).orElseThrow();

		assertThat(actors.of(request, signedIn("someone-else"))).containsSame(first);
	}

	@Test
	void aVisitorIsNoActor() {
		AnonymousAuthenticationToken visitor = new AnonymousAuthenticationToken("key", "anonymousUser",
				List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));

		assertThat(actors.of(new MockHttpServletRequest(), visitor)).isEmpty();
		assertThat(actors.of(new MockHttpServletRequest(), null)).isEmpty();
	}

	private record Sergeant(String username, OfficerId officer, UUID unit) {
	}

	private Sergeant sergeantOnDuty() {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
		roster.establishUnit("ACTOR", "Actor squads", null);
		UUID unit = roster.establishUnit("ACTOR-" + suffix, "Actor squad " + suffix, "ACTOR");
		OfficerId officer = roster.enlist(new NewOfficer("A" + suffix, "Actor", "N" + suffix, "Sergeant",
				"ACTOR-" + suffix, LocalDate.of(2011, 5, 2), null));
		String username = "actor-" + suffix.toLowerCase(Locale.ROOT);
		staff.ensureAccount(new NewStaffAccount(username, "Sergeant " + suffix, officer.value(),
				Set.of(Role.SUPERVISOR), StaffAccountsForTests.PASSWORD));
		shifts.add(
				new Shift(UUID.randomUUID(), officer, unit, Post.SUPERVISOR, clock.instant().minus(Duration.ofHours(1)),
						clock.instant().plus(Duration.ofHours(8))),
				Actor.staff("test"));
		return new Sergeant(username, officer, unit);
	}

	private static UsernamePasswordAuthenticationToken signedIn(String username) {
		return UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(Role.SUPERVISOR.authority())));
	}
}
