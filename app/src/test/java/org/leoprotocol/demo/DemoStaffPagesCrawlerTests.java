package org.leoprotocol.demo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.DemoInstanceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo as each demo account reads it: every staff page reachable from the staff navigation, in English and in
 * Spanish (the chief's, who reaches the most), shows every time in the agency's zone with its label and every code as a
 * phrase; and every staff list the README's "What you see" names holds the demo's records, not its empty message.
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

	/**
	 * The staff pages the README names, each as the account the README sends there, and what shows that it holds the
	 * demo's records: a link to one of them. The live board is left out (it holds only open incidents, and the demo's
	 * are closed). The evidence list holds scenario 002's holding-room clip, which the investigator of its case sees.
	 */
	static final List<NamedPage> NAMED_PAGES = List.of(
			new NamedPage("chief", "/staff/incidents", "href=\"/staff/incidents/[0-9a-f-]{36}\""),
			new NamedPage("chief", "/staff/personnel", "href=\"/staff/personnel/[0-9a-f-]{36}\""),
			new NamedPage("investigator", "/staff/investigations", "href=\"/staff/investigations/[0-9a-f-]{36}\""),
			new NamedPage("chief", "/staff/early-warning", "href=\"/staff/early-warning/flags/[0-9a-f-]{36}\""),
			new NamedPage("investigator", "/staff/evidence", "href=\"/staff/evidence/[0-9a-f-]{36}\">[^<]*\\.mp4<"));

	@Test
	void everyStaffPageTheReadmeNamesHoldsTheDemosRecords() throws Exception {
		List<String> empty = new ArrayList<>();
		for (NamedPage page : NAMED_PAGES) {
			String html = mvc.perform(get(page.path()).with(httpBasic(page.account(), DemoInstanceTest.DEMO_PASSWORD)))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			if (!java.util.regex.Pattern.compile(page.holding()).matcher(html).find()) {
				empty.add(page.account() + " " + page.path());
			}
		}
		assertThat(empty).as("named pages without the demo's records").isEmpty();
	}

	record NamedPage(String account, String path, String holding) {
	}
}
