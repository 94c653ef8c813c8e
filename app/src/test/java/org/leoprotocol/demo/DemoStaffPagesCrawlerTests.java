package org.leoprotocol.demo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.DemoInstanceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The demo as each demo account reads it: every staff page reachable from the staff navigation, in English and in
 * Spanish (the chief's, who reaches the most), shows every time in the agency's zone with its label and every code as a
 * phrase.
 */
@DemoInstanceTest
class DemoStaffPagesCrawlerTests {

	static final List<String> ACCOUNTS = List.of("chief", "deputy", "watch", "sergeant", "investigator", "board",
			"rodriguez",
			"okafor", "demo-admin");

	@Autowired
	MockMvc mvc;

	@Test
	void everyStaffPageShowsLabelledTimesAndNoRawCodes() throws Exception {
		List<String> problems = new ArrayList<>();
		StaffPageCrawler crawler = new StaffPageCrawler(mvc, 250, 3);
		for (String account : ACCOUNTS) {
			for (String language : account.equals("chief") ? List.of("en", "es") : List.of("en")) {
				StaffPageCrawler.Result result = crawler.crawl(httpBasic(account, DemoInstanceTest.DEMO_PASSWORD),
						"/staff", language);
				assertThat(result.pages()).as("pages %s reaches", account).hasSizeGreaterThan(3);
				result.problems().stream().map(problem -> account + " (" + language + ") " + problem)
					.forEach(problems::add);
			}
		}
		assertThat(problems).isEmpty();
	}
}
