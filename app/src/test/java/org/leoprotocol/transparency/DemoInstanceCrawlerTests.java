package org.leoprotocol.transparency;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.DemoInstanceTest;
import org.leoprotocol.demo.DemoPeople;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo instance as {@code ./leo start} shows it, read the way a member of the public (or a scraper) would: every
 * public page, download and API answer reachable from the start page, the portal, the minutes, the events and each demo
 * case's public page, under the most open publication policy. The names of the demo stories' children, complainants,
 * commenders and witnesses, and of the generated history's complainants and children ({@link DemoPeople}), must appear
 * nowhere.
 */
@DemoInstanceTest
class DemoInstanceCrawlerTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PublicationPolicy policy;

	@Test
	void theDemoInstanceNamesNoChildComplainantOrWitnessInPublic() throws Exception {
		await().untilAsserted(
				() -> assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
					.query(Long.class).single()).isZero());
		List<String> seeds = new ArrayList<>(
				List.of("/", "/?lang=es", "/transparency", "/transparency?lang=es", "/transparency/officers",
						"/transparency/data", "/public/minutes", "/public/events", "/public/engagement/results",
						"/api/public/v1/tables",
						"/api/public/v1/statistics", "/api/v1/public/minutes", "/api/v1/public/engagement/events",
						"/api/v1/public/engagement/results"));
		// the stories' cases, every generated case filed for a child, and one in ten of the other generated cases
		for (String caseNumber : jdbc.sql("""
				select i.case_number from investigation i left join complaint c on c.id = i.complaint_id
				where c.id is null or c.about_a_child or c.complainant_name not like ?
				or abs(hashtext(i.case_number)) % 10 = 0""").param(DemoPeople.FICTITIOUS + "%").query(String.class)
			.list()) {
			seeds.add("/public/cases/" + caseNumber);
			seeds.add("/api/v1/public/cases/" + caseNumber);
		}
		try {
			policy.change(PolicyField.CASE_OUTCOMES, PolicyMode.NAME, Actor.staff("crawler"));
			policy.change(PolicyField.COMMENDATIONS, PolicyMode.NAME, Actor.staff("crawler"));
			assertThat(new PublicCrawler(mvc, DemoPeople.PROTECTED, seeds.size() + 400).crawl(seeds))
				.contains("/transparency/data/officer-outcomes.csv", "/public/events");
		}
		finally {
			policy.change(PolicyField.CASE_OUTCOMES, PolicyMode.PSEUDONYM, Actor.staff("crawler"));
		}
	}
}
