package org.leoprotocol.access;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class StaffAccountsIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@Test
	void anAdministratorOpensAnAccountLinkedToAnOfficerAndItsPasswordWorksOnce() throws Exception {
		roster.establishUnit("ACC-SQUAD", "Accounts test squad", null);
		roster
			.enlist(new NewOfficer("77001", "Rita", "Linked", "Sergeant", "ACC-SQUAD", LocalDate.of(2010, 1, 1), null));

		String page = mvc.perform(post("/staff/accounts").with(as(staff, Role.ADMIN)).with(csrf())
			.param("username", "rlinked").param("displayName", "Sgt. Rita Linked").param("badgeNumber", "77001")
			.param("roles", "SUPERVISOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rita Linked (77001)")))
			.andReturn().getResponse().getContentAsString();
		Matcher issued = Pattern.compile("shown only once: <code>([A-Za-z0-9]+)</code>").matcher(page);
		assertThat(issued.find()).isTrue();

		mvc.perform(get("/api/v1/officers").with(httpBasic("rlinked", issued.group(1)))).andExpect(status().isOk());
		assertThat(jdbc.sql(
				"select count(*) from staff_account a join officer o on o.id = a.officer_id where a.username = 'rlinked' and o.badge_number = '77001'")
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/staff/accounts").with(as(staff, Role.ADMIN)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(issued.group(1)))));
	}

	@Test
	void badInputIsExplainedOnTheFormWithTheInputKept() throws Exception {
		mvc.perform(post("/staff/accounts").with(as(staff, Role.ADMIN)).with(csrf())
			.param("username", "new-person").param("displayName", "New Person").param("badgeNumber", "no-such-badge")
			.param("roles", "OFFICER"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No officer has badge number no-such-badge")))
			.andExpect(content().string(containsString("value=\"New Person\"")));
		mvc.perform(post("/staff/accounts").with(as(staff, Role.ADMIN)).with(csrf())
			.param("username", "No Spaces Allowed").param("displayName", "x").param("roles", "OFFICER"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A user name is 2-40 lower-case letters")));
	}

	@Test
	void anAdministratorReleasesALockedAccount() throws Exception {
		clock.resetToSystemTime();
		staff.ensureAccount(
				new StaffDirectory.NewStaffAccount("locked-out", "Locked Out", null, java.util.Set.of(Role.OFFICER),
						"the-right-password"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/officers").with(httpBasic("locked-out", "wrong")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/officers").with(httpBasic("locked-out", "the-right-password")))
			.andExpect(status().isUnauthorized());

		mvc.perform(post("/staff/accounts/locked-out/unlock").with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/officers").with(httpBasic("locked-out", "the-right-password")))
			.andExpect(status().isOk());
	}

	@Test
	void onlyAdministratorsManageAccounts() throws Exception {
		mvc.perform(get("/staff/accounts").with(as(staff, Role.COMMAND))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/accounts/admin/password").with(as(staff, Role.COMMAND)).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
