package org.leoprotocol.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.leoprotocol.DemoInstanceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The evidence, retention, case list, case, triage, review board, investigators, early-warning flag and flag list,
 * protocol, protocol draft and audit pages of the demo read in Spanish by the account the README sends there: each page
 * is in Spanish, no English sentence of its former template is left, and no message key, raw code or unlabelled time
 * shows.
 */
@DemoInstanceTest
class DemoSpanishStaffPagesTests {

	private static final Pattern EVIDENCE_ITEM = Pattern.compile("href=\"(/staff/evidence/[0-9a-f-]{36})\"");
	private static final Pattern CASE = Pattern.compile("href=\"(/staff/investigations/[0-9a-f-]{36})\"");
	private static final Pattern FLAG = Pattern.compile("href=\"(/staff/early-warning/flags/[0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageOfTheIssueReadsInSpanishWithNoKeyCodeOrBareTimeLeft() throws Exception {
		String item = first(EVIDENCE_ITEM, page("investigator", "/staff/evidence"));
		String investigation = first(CASE, page("investigator", "/staff/investigations"));
		String flag = first(FLAG, page("chief", "/staff/early-warning"));
		List<SpanishPage> pages = List.of(
				new SpanishPage("investigator", "/staff/evidence", "para usted, del más reciente al más antiguo",
						"Upload evidence"),
				new SpanishPage("investigator", item, "Cadena de custodia", "Chain of custody"),
				new SpanishPage("investigator", "/staff/evidence/trace", "Por código de marca de agua",
						"By watermark code"),
				new SpanishPage("investigator", "/staff/evidence/upload", "Tipo de evidencia", "Kind of evidence"),
				new SpanishPage("investigator", investigation, "Historial de conclusiones", "Finding history"),
				new SpanishPage("investigator", "/staff/investigations/triage", "Quejas pendientes de clasificación",
						"Complaints waiting for triage"),
				new SpanishPage("investigator", "/staff/investigators", "Declarar una relación personal",
						"Declare a personal relation"),
				new SpanishPage("chief", "/staff/board", "Junta ciudadana de revisión", "Citizen review board"),
				new SpanishPage("chief", flag, "Alegaciones por categoría y conclusión",
						"Allegations by category and finding"),
				new SpanishPage("chief", "/staff/protocols", "Publicar una nueva versión", "Publish a new version"),
				new SpanishPage("chief", "/staff/protocols", "Versiones publicadas", "Published versions"),
				new SpanishPage("investigator", "/staff/investigations", "Carga de casos por investigador",
						"Caseload per investigator"),
				new SpanishPage("investigator", "/staff/evidence/retention", "Se conserva hasta", "Kept until"),
				new SpanishPage("chief", "/staff/early-warning", "intervención planificada", "intervention planned"),
				new SpanishPage("demo-admin", "/staff/audit", "Registro de auditoría", "Export all matches as CSV"));
		List<String> problems = new ArrayList<>();
		for (SpanishPage page : pages) {
			String html = page(page.account(), page.path());
			if (!html.contains("<html lang=\"es\">") || !html.contains(page.spanish())) {
				problems.add(page.path() + ": not in Spanish (no '" + page.spanish() + "')");
			}
			if (html.contains(page.english())) {
				problems.add(page.path() + ": still says '" + page.english() + "'");
			}
			problems.addAll(StaffPageCrawler.problemsIn(page.path(), html));
		}
		assertThat(problems).isEmpty();
	}

	private String page(String account, String path) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get(path).header("Accept-Language", "es")
				.with(httpBasic(account, DemoInstanceTest.DEMO_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("%s as %s", path, account).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String first(Pattern link, String html) {
		Matcher found = link.matcher(html);
		assertThat(found.find()).as("a link %s", link).isTrue();
		return found.group(1);
	}

	record SpanishPage(String account, String path, String spanish, String english) {
	}
}
