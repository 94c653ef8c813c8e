package org.leoprotocol.demo;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.DemoInstanceTest;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceExport;
import org.leoprotocol.evidence.EvidenceExports;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.ExportState;
import org.leoprotocol.evidence.LeakTrace;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.personnel.Roster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 002 on the demo: the holding-room clip is in the internal case's evidence with the custody history of the
 * story (handed in by the camera system, linked, viewed and played by the investigator, exported to two named
 * recipients), the copy that surfaced publicly is traced to the defence counsel's export, and the investigator reaches
 * it all from the case page while a sergeant of another unit is refused.
 */
@DemoInstanceTest
class DemoHoldingRoomClipIntegrationTests {

	private static final RequestPostProcessor INVESTIGATOR = user("investigator").roles("INVESTIGATOR");

	@Autowired
	DemoHoldingRoomClip clip;
	@Autowired
	CaseReports reports;
	@Autowired
	Investigations investigations;
	@Autowired
	Roster roster;
	@Autowired
	CustodyLedger ledger;
	@Autowired
	EvidenceExports exports;
	@Autowired
	LeakTrace trace;
	@Autowired
	MockMvc mvc;

	@Test
	void theClipIsInTheCasesEvidenceWithItsCustodyAndTheLeakTracedToTheDefenceCounselsExport() throws Exception {
		Investigation internal = internalCase();
		EvidenceId item = clipOf(internal);

		List<CustodyEvent> custody = ledger.history(item);
		assertThat(custody).extracting(e -> e.action() + " by " + e.actor()).startsWith(
				"INGESTED by " + DemoHoldingRoomClip.CAMERA_SYSTEM, "LINKED by investigator",
				"VIEWED by investigator", "STREAMED by investigator", "EXPORTED by investigator",
				"EXPORTED by investigator");
		assertThat(custody.get(0).detail()).contains("kind=CCTV_VIDEO", "type=video/mp4");
		assertThat(custody.get(1).detail()).contains("CASE=" + internal.caseNumber(), "subject=");
		assertThat(exports.of(item)).extracting(EvidenceExport::recipient, EvidenceExport::state)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(DemoHoldingRoomClip.PROSECUTOR.recipient(),
							ExportState.READY),
					org.assertj.core.groups.Tuple.tuple(DemoHoldingRoomClip.DEFENCE.recipient(),
							ExportState.READY));
		assertThat(custody).filteredOn(e -> e.action() == CustodyAction.EXPORTED).extracting(CustodyEvent::detail)
			.anySatisfy(detail -> assertThat(detail).contains("code=K4Q7HR2VP3",
					"recipient=" + DemoHoldingRoomClip.DEFENCE.recipient()));

		assertThat(entry(internal, DemoHoldingRoomClip.LEAK_ENTRY).content())
			.contains("export LEO-K4Q7HR2VP3 for " + DemoHoldingRoomClip.DEFENCE.recipient());
		Path leaked = Files.createTempFile("leaked", ".mp4");
		try (InputStream copy = new ClassPathResource(DemoHoldingRoomClip.LEAKED.resource()).getInputStream()) {
			Files.write(leaked, copy.readAllBytes());
			LeakTrace.Trace found = trace.trace(leaked);
			assertThat(found.match()).isEqualTo(LeakTrace.Match.EXACT_HASH);
			assertThat(found.export().recipient()).isEqualTo(DemoHoldingRoomClip.DEFENCE.recipient());
			assertThat(found.export().evidence()).isEqualTo(item);
		}
		finally {
			Files.deleteIfExists(leaked);
		}
	}

	@Test
	void aRestartAddsNoClipNoExportAndNoCustodyEvent() {
		Investigation internal = internalCase();
		EvidenceId item = clipOf(internal);
		int entries = investigations.entries(internal.id()).size();
		int events = ledger.history(item).size();

		clip.run(new DefaultApplicationArguments());

		assertThat(investigations.entries(internal.id())).hasSize(entries);
		assertThat(ledger.history(item)).hasSize(events);
		assertThat(exports.of(item)).hasSize(2);
	}

	@Test
	void theInvestigatorReachesTheClipAndTheLeakTraceFromTheCasePageAndASergeantIsRefused() throws Exception {
		Investigation internal = internalCase();
		EvidenceId item = clipOf(internal);
		String evidencePage = "/staff/evidence/" + item;

		mvc.perform(get("/staff/investigations/{id}", internal.id().value()).with(INVESTIGATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + evidencePage + "\"")))
			.andExpect(content().string(containsString(DemoHoldingRoomClip.LEAK_ENTRY)))
			.andExpect(content().string(containsString("LEO-K4Q7HR2VP3")));
		mvc.perform(get(evidencePage).with(INVESTIGATOR)).andExpect(status().isOk())
			.andExpect(content().string(containsString(DemoHoldingRoomClip.CLIP)))
			.andExpect(content().string(containsString("<td>Taken into custody</td>")))
			.andExpect(content().string(containsString("<td>Exported</td>")))
			.andExpect(content().string(containsString("K4Q7HR2VP3")))
			.andExpect(content().string(containsString("Vogel &amp; Partners, defence counsel")));
		mvc.perform(get("/staff/evidence/trace").param("code", "LEO-K4Q7HR2VP3").with(INVESTIGATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vogel &amp; Partners, defence counsel")));

		mvc.perform(get(evidencePage).with(user("sergeant").roles("SUPERVISOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/public/cases/{n}", internal.caseNumber())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Vogel"))))
			.andExpect(content().string(not(containsString(DemoHoldingRoomClip.CLIP))));
	}

	private Investigation internalCase() {
		var subject = roster.findByBadge(DemoDepartment.DETECTIVE_SERGEANT.badgeNumber()).orElseThrow().id();
		return reports.againstOfficer(subject).stream().filter(c -> c.caseType() == CaseType.INTERNAL).findFirst()
			.orElseThrow();
	}

	private EvidenceId clipOf(Investigation internal) {
		return EvidenceId.of(entry(internal, DemoHoldingRoomClip.CLIP_ENTRY).reference());
	}

	private CaseEntry entry(Investigation internal, String prefix) {
		return investigations.entries(internal.id()).stream().filter(e -> e.content().startsWith(prefix))
			.findFirst().orElseThrow();
	}
}
