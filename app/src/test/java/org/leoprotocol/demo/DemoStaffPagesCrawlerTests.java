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
 * Spanish, shows every time in the agency's zone with its label and every code as a phrase, and in Spanish no English
 * sentence of the page's own; and every staff list the README's "What you see" names holds the demo's records, not its
 * empty message.
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
		for (String account : ACCOUNTS) {
			for (String language : List.of("en", "es")) {
				StaffPageCrawler.Result result = crawler(account, language)
					.crawl(httpBasic(account, DemoInstanceTest.DEMO_PASSWORD), "/staff", language);
				assertThat(result.pages()).as("pages %s reaches", account).hasSizeGreaterThan(3);
				for (String problem : result.problems()) {
					problems.add(account + " (" + language + ") " + problem);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The chief reaches the most pages and reads them all in both languages; the other accounts' pages are mostly the
	 * chief's again, so in Spanish each reads fewer of a route (the pages only they reach are still read).
	 */
	private StaffPageCrawler crawler(String account, String language) {
		return language.equals("en") || account.equals("chief") ? new StaffPageCrawler(mvc, 250, 3)
				: new StaffPageCrawler(mvc, SPANISH_PAGES, SPANISH_PER_ROUTE);
	}

	static final int SPANISH_PAGES = 250;

	static final int SPANISH_PER_ROUTE = 1;

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
