package org.leoprotocol.shared;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ActorTests {

	@Test
	void rolesDoNotImplyOneAnother() {
		Actor admin = Actor.staff("admin.ortiz", Role.ADMIN);

		assertThat(admin.has(Role.ADMIN)).isTrue();
		assertThat(admin.has(Role.INVESTIGATOR)).isFalse();
		assertThat(admin.hasAny(Role.INVESTIGATOR, Role.ADMIN)).isTrue();
	}

	@Test
	void leoActsWithNoRolesNoOfficerAndNoUnit() {
		assertThat(Actor.leo().roles()).isEmpty();
		assertThat(Actor.leo().officerId()).isEmpty();
		assertThat(Actor.leo().unitOnDuty()).isEmpty();
		assertThat(Actor.leo()).hasToString("leo");
	}

	@Test
	void anActorHasAName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Actor(" ", Set.of(), null, null, null));
	}
}
