package org.leoprotocol.engagement;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person who lost the survey invitation gets a new link: the old one stops working at once, the new one arrives by
 * mail in the language staff chose, and the change is in the audit trail. Only inviters may do it.
 */
@LeoIntegrationTest
class SurveyNewLinkIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	GreenMail mailServer;
	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor supervisor;
	UUID invitation;
	String firstToken;

	@BeforeEach
	void invite() throws Exception {
		clock.resetToSystemTime();
		supervisor = StaffAccountsForTests.as(staff, Role.SUPERVISOR);
		UUID incident = UUID.fromString(JsonPath.read(mvc.perform(post("/api/v1/incidents").with(supervisor)
			.contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"kind":"FOUND_CHILD","location":"Library steps",
							 "person":{"name":"Lost Linkchild","age":5,"description":"blue cap","condition":"DISTRESSED","riskFactors":[]}}
							"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
		String address = "first-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/api/v1/engagement/invitations").with(supervisor).contentType(MediaType.APPLICATION_JSON)
			.content("{\"incidentId\":\"" + incident + "\",\"email\":\"" + address + "\"}"))
			.andExpect(status().isCreated());
		firstToken = MailedLinks.token(MailedLinks.mailTo(mailServer, address));
		invitation = jdbc.sql("select id from survey_invitation where incident_id = :id").param("id", incident)
			.query(UUID.class).single();
	}

	@Test
	void aNewLinkReplacesTheOldOneAndArrivesInTheChosenLanguage() throws Exception {
		mvc.perform(get("/staff/engagement").with(supervisor)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/staff/engagement/invitations/" + invitation + "/new-link")));

		String address = "again-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/staff/engagement/invitations/{id}/new-link", invitation).with(supervisor).with(csrf())
			.param("email", address).param("language", "es"))
			.andExpect(redirectedUrl("/staff/engagement?notice=newLink#invitations"));

		MimeMessage mail = MailedLinks.mailTo(mailServer, address);
		assertThat(mail.getSubject()).contains("su nuevo enlace");
		assertThat(MailedLinks.body(mail)).contains("hasta el").contains("UTC");
		String secondToken = MailedLinks.token(mail);
		assertThat(secondToken).isNotEqualTo(firstToken);
		mvc.perform(get("/public/engagement/" + firstToken + "/survey")).andExpect(status().isNotFound());
		mvc.perform(get("/public/engagement/" + secondToken + "/survey")).andExpect(status().isOk())
			.andExpect(content().string(containsString("The officers treated me with respect")));
		assertThat(jdbc
			.sql("""
					select count(*) from audit_event where component = 'engagement' and action = 'UPDATE' and record_id = :id
					""")
			.param("id", invitation.toString()).query(Long.class).single()).isOne();
	}

	@Test
	void aRefusedNewLinkKeepsTheInputAndTheOldLink() throws Exception {
		mvc.perform(post("/staff/engagement/invitations/{id}/new-link", invitation).with(supervisor).with(csrf())
			.param("email", "not an address").param("language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give the email address the invitation goes to")))
			.andExpect(content().string(containsString("value=\"not an address\"")));
		mvc.perform(post("/staff/engagement/invitations/{id}/new-link", invitation)
			.with(StaffAccountsForTests.as(staff, Role.OFFICER))
			.with(csrf()).param("email", "a@example.org"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/public/engagement/" + firstToken + "/survey")).andExpect(status().isOk());
	}

	@Test
	void anAnsweredInvitationGetsNoNewLink() throws Exception {
		mvc.perform(
				post("/api/v1/public/engagement/surveys/{token}", firstToken).contentType(MediaType.APPLICATION_JSON)
					.content("{\"first\":4,\"second\":4,\"third\":4,\"comment\":null}"))
			.andExpect(status().is2xxSuccessful());
		mvc.perform(post("/api/v1/engagement/invitations/{id}/new-link", invitation).with(supervisor)
			.contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"late@example.org\",\"language\":\"en\"}"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail").value(containsString("answered")));
	}
}
