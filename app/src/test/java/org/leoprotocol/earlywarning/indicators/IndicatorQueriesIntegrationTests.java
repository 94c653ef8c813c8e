package org.leoprotocol.earlywarning.indicators;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.history.HistoryRow;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-officer query, used for live updates, says exactly what ranking the whole agency says of that officer. */
@LeoIntegrationTest
class IndicatorQueriesIntegrationTests {

	static final String AGENCY = "CCRB-EXCERPT";
	static final IndicatorWindows DEFAULT = new IndicatorWindows(12, 24, 36, 12);

	@Autowired
	HistoryImport historyImport;
	@Autowired
	IndicatorQueries queries;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;
	@TempDir
	Path directory;

	/**
	 * The excerpt under an agency code of its own, so that the full CCRB file, if another test imported it, stays
	 * apart.
	 */
	void importTheExcerpt() throws Exception {
		Path mapping = directory.resolve("excerpt.properties");
		try (var shipped = HistoryImport.class.getResourceAsStream("/early-warning/mappings/ccrb.properties")) {
			Files.writeString(mapping, new String(shipped.readAllBytes(), StandardCharsets.UTF_8)
				.replace("agency=NYC-CCRB", "agency=" + AGENCY));
		}
		historyImport.importCsv(mapping.toString(),
				new InputStreamReader(getClass().getResourceAsStream("/early-warning/ccrb-excerpt.csv"),
						StandardCharsets.UTF_8),
				line -> {
				});
	}

	@Test
	void oneOfficerAgreesWithTheWholeAgencyAtEveryDate() throws Exception {
		importTheExcerpt();

		for (LocalDate asOf : List.of(LocalDate.of(2008, 1, 1), LocalDate.of(2013, 7, 1), LocalDate.of(2018, 1, 1))) {
			List<Indicators> agency = queries.all(AGENCY, asOf, DEFAULT);
			assertThat(agency).isNotEmpty();
			for (Indicators officer : agency.subList(0, Math.min(60, agency.size()))) {
				assertThat(queries.one(officer.officerId(), asOf, DEFAULT)).containsExactly(officer);
			}
		}
	}

	@Test
	void readingThePeerCountsOfAFullRecomputeGivesTheSameAnswer() throws Exception {
		importTheExcerpt();
		LocalDate asOf = LocalDate.of(2013, 7, 1);
		try {
			queries.keepPeerCounts(queries.all(null, asOf, DEFAULT), asOf, DEFAULT);

			List<Indicators> agency = queries.all(AGENCY, asOf, DEFAULT);
			assertThat(agency).anyMatch(officer -> officer.peerPercentile() > 0);
			for (Indicators officer : agency.subList(0, Math.min(60, agency.size()))) {
				assertThat(queries.one(officer.officerId(), asOf, DEFAULT)).containsExactly(officer);
			}
		}
		finally {
			jdbc.sql("delete from ew_peer_snapshot").update();
		}
	}

	@Test
	void onlyWhatWasReceivedBeforeTheDateCountsAndOnlyFindingsClosedBeforeIt() throws Exception {
		importTheExcerpt();
		var sears = HistoryRow.officerId(AGENCY, "10007");

		var beforeTheFirstClosed = queries.one(sears, LocalDate.of(2012, 8, 1), DEFAULT).get(0);
		var afterIt = queries.one(sears, LocalDate.of(2012, 9, 1), DEFAULT).get(0);

		assertThat(beforeTheFirstClosed.complaints1y()).isEqualTo(2);
		assertThat(beforeTheFirstClosed.sustained5y()).isZero();
		assertThat(afterIt.sustained5y()).isEqualTo(2);
		assertThat(queries.one(sears, LocalDate.of(2011, 11, 1), DEFAULT)).isEmpty();
	}
}
