package org.leoprotocol.demo;

import org.junit.jupiter.api.Test;
import org.leoprotocol.DemoInstanceTest;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoInstanceTest
class DemoStoriesIntegrationTests {

	@Autowired Roster roster;
	@Autowired CaseReports reports;
	@Autowired DemoStories stories;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;

	@Test
	void theStoriesAreLoadedOnceWithMillersHistoryAndTheBoardsDecision() throws Exception {
		long complaints = jdbc.sql("select count(*) from complaint").query(Long.class).single();
		long cases = jdbc.sql("select count(*) from investigation").query(Long.class).single();

		stories.run(new DefaultApplicationArguments());

		assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(complaints).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from investigation").query(Long.class).single()).isEqualTo(cases).isEqualTo(4);
		var miller = roster.findByBadge("734").orElseThrow();
		assertThat(miller.status()).isEqualTo(OfficerStatus.TERMINATED);
		assertThat(reports.againstOfficer(miller.id())).flatExtracting(c -> c.allegations())
			.extracting(a -> a.finalFinding() == null ? null : a.finalFinding().finding())
			.containsExactly(Finding.NOT_SUSTAINED, Finding.NOT_SUSTAINED, Finding.SUSTAINED, Finding.SUSTAINED);
		mvc.perform(get("/api/v1/public/minutes")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].tally.TERMINATION").value(1))
			.andExpect(content().string(not(containsString(DemoPeople.WITNESS))))
			.andExpect(content().string(not(containsString("Miller"))));
	}
}
