package org.leoprotocol.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffPageCrawlerTests {

	@Test
	void aTimeWithItsZoneOrADurationMarkedAsOnePasses() {
		assertThat(StaffPageCrawler
			.problemsIn("/p", "<td>2026-07-18 04:00:20 CDT</td><td>18:00 UTC</td><td>09:00 +02:00</td>"
					+ "<td data-duration>11:42</td><p>Version 2, 3 of 4</p><li>on scene 11:42 before first engagement</li>"
					+ "<li>camera off 2:30 during engagement (14:01:00–14:02:00, 14:04:00–14:04:30 CDT)</li>"))
			.isEmpty();
	}

	@Test
	void aBareTimeAnIsoInstantOrARawCodeIsNamed() {
		assertThat(StaffPageCrawler.problemsIn("/p", "<td>2026-07-18 09:00</td>")).singleElement().asString()
			.contains("time without its zone");
		assertThat(StaffPageCrawler.problemsIn("/p", "<td>2026-07-18T09:00:00Z</td>"))
			.anySatisfy(p -> assertThat(p).contains("raw instant"));
		assertThat(StaffPageCrawler.problemsIn("/p", "<td>ENGAGE_PERSON</td>")).singleElement().asString()
			.contains("raw code");
		assertThat(StaffPageCrawler.problemsIn("/p", "<td>{TERMINATION=1}</td>")).singleElement().asString()
			.contains("raw code");
		assertThat(StaffPageCrawler.problemsIn("/p", "<script>var a = 'X_Y'; var t = '10:00';</script>")).isEmpty();
	}

	@Test
	void aMessageKeyShownAsItselfIsNamedWhereverItStands() {
		assertThat(StaffPageCrawler.problemsIn("/p", "<h1>evidence.pages.list.title</h1>")).singleElement().asString()
			.contains("untranslated key 'evidence.pages.list.title'");
		assertThat(StaffPageCrawler.problemsIn("/p", "<meter aria-label=\"ew.flag.bar.officer.label\"></meter>"))
			.singleElement().asString().contains("untranslated key");
		assertThat(StaffPageCrawler.problemsIn("/p",
				"<h1>Evidencia</h1><a href=\"/js/evidence-upload.js\">calls.csv</a><p>evidence.pages.nothing.such</p>"))
			.isEmpty();
	}

	@Test
	void anEnglishPhraseLeftOnASpanishPageIsNamed() {
		assertThat(StaffPageCrawler.problemsIn("/p", "<p>Ninguna queja. The case was closed by the board.</p>", "es"))
			.first().asString().contains("English left 'The case was'");
		assertThat(StaffPageCrawler.problemsIn("/p", "<th>Allegations by category and finding</th>", "es"))
			.singleElement().asString().contains("English left 'by category and'");
	}

	@Test
	void whatAPersonWroteCodeNamesAndEnglishPagesAreLeftAsTheyAre() {
		assertThat(StaffPageCrawler.problemsIn("/p",
				"<h1 data-user-text>Coffee with the officers</h1><blockquote data-user-text>He was pushed to the ground.</blockquote>"
						+ "<p lang=\"en\">The officer is <em>not</em> named.</p><code>is_on_duty and at_scene</code>"
						+ "<script>if (a is b) { the = 1; }</script><td translate=\"no\">Office of the Chief</td>"
						+ "<textarea>Body camera on at approach</textarea><p>Agente Dana Rodriguez · Cadena de custodia</p>",
				"es"))
			.isEmpty();
		assertThat(StaffPageCrawler.problemsIn("/p", "<p>The case was closed by the board.</p>", "en")).isEmpty();
		assertThat(StaffPageCrawler.problemsIn("/p", "<p>La investigación está en curso desde el lunes.</p>", "es"))
			.isEmpty();
	}
}
