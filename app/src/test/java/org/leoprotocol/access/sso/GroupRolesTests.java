package org.leoprotocol.access.sso;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupRolesTests {

	private final GroupRoles mapping = GroupRoles
		.parse(Map.of("IA Unit", "investigator", "Sergeants", "SUPERVISOR, OFFICER"));

	@Test
	void grantsTheRolesOfEveryMappedGroupAndNothingForOthers() {
		assertThat(mapping.rolesOf(List.of("IA Unit", "Sergeants", "Payroll")))
			.containsExactlyInAnyOrder(Role.INVESTIGATOR, Role.SUPERVISOR, Role.OFFICER);
		assertThat(mapping.rolesOf(List.of("Payroll", "ia unit"))).as("group names are matched exactly").isEmpty();
	}

	@Test
	void refusesAMappingToARoleLeoDoesNotHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> GroupRoles.parse(Map.of("Admins", "SUPERUSER")))
			.withMessageContaining("SUPERUSER");
	}

	@Test
	void makesALeoUserNameOfTheProvidersOrOfTheSubject() {
		assertThat(SingleSignOnAccounts.username("Dana.Reyes@PD.example", "s1")).isEqualTo("dana.reyes.pd.example");
		assertThat(SingleSignOnAccounts.username(null, "s1")).startsWith("sso-");
		assertThat(SingleSignOnAccounts.username("x".repeat(60), "s1")).hasSize(40);
	}
}
