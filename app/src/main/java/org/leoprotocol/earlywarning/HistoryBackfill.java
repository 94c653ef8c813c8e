package org.leoprotocol.earlywarning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.complaints.Complaint;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.investigations.Allegation;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.ProtocolFinding;

import org.springframework.stereotype.Service;

/**
 * Rebuilds early warning's record of this installation's own officers from the modules that hold the originals, through
 * their public APIs: the final findings of every case against each roster officer (investigations), the gap findings of
 * Leo's Protocol naming them (protocol), and the commendations naming them (complaints). It is for an installation that
 * recorded cases before early warning was switched on, or whose early-warning tables were rebuilt. Every entry keeps
 * the id the live listeners give it, so running the backfill twice, or after the listeners already delivered some of
 * it, stores nothing twice. At the end every officer is re-evaluated.
 */
@Service
public class HistoryBackfill {

	/** What a backfill found and how many officers have a flag under review afterwards. */
	public record Result(int officers, int findings, int protocolFindings, int commendations, int flagged) {

		public String summary() {
			return "Read the record of " + officers + " roster officer(s): " + findings + " final finding(s), "
					+ protocolFindings
					+ " protocol finding(s), " + commendations + " commendation(s); " + flagged + " officer(s) flagged";
		}
	}

	private final EarlyWarning earlyWarning;
	private final PerformanceEntries entries;
	private final Roster roster;
	private final CaseReports cases;
	private final IncidentDesk incidents;
	private final ComplaintIntake complaints;
	private final InvestigationFindingListener findings;
	private final AuditTrail audit;
	private final Clock clock;

	HistoryBackfill(EarlyWarning earlyWarning, PerformanceEntries entries, Roster roster, CaseReports cases,
			IncidentDesk incidents,
			ComplaintIntake complaints,
			InvestigationFindingListener findings, AuditTrail audit, Clock clock) {
		this.earlyWarning = earlyWarning;
		this.entries = entries;
		this.roster = roster;
		this.cases = cases;
		this.incidents = incidents;
		this.complaints = complaints;
		this.findings = findings;
		this.audit = audit;
		this.clock = clock;
	}

	public Result run(Consumer<String> progress) {
		int officers = 0;
		int finalFindings = 0;
		int protocolFindings = 0;
		int commendations = 0;
		for (Officer officer : roster.all()) {
			officers++;
			for (Investigation investigation : cases.againstOfficer(officer.id())) {
				for (Allegation allegation : investigation.allegations()) {
					if (officer.id().equals(allegation.officerId()) && allegation.finalFinding() != null) {
						entries.recordAllegation(
								findings.allegation(investigation, allegation, allegation.finalFinding().finding(),
										allegation.finalFinding().recordedAt()),
								EarlyWarning.ITSELF);
						finalFindings++;
					}
				}
			}
			for (ProtocolFinding finding : incidents.findingsAgainst(officer.id())) {
				entries.recordProtocolFindingOnce(finding.id(), officer.id(), date(finding.recordedAt()),
						finding.kind().name(),
						finding.said() == null ? finding.summary() : finding.said().stored(),
						"incident " + finding.incidentId());
				protocolFindings++;
			}
			for (Complaint commendation : complaints.commendationsOf(officer.id())) {
				entries.recordCommendation(CommendationListener.id(commendation.id(), officer.id()), officer.id(),
						date(commendation.receivedAt()), CommendationListener.description(commendation.id()),
						CommendationListener.SOURCE, EarlyWarning.ITSELF);
				commendations++;
			}
			if (officers % 500 == 0) {
				progress.accept(officers + " officers read");
			}
		}
		int flagged = earlyWarning.recomputeAll();
		Result result = new Result(officers, finalFindings, protocolFindings, commendations, flagged);
		audit.query(AuditAction.IMPORT, EarlyWarning.COMPONENT, "OfficerHistory",
				Sentence.ofText("audit.detail.search.backfill", result.officers(), result.findings(),
						result.protocolFindings(), result.commendations(), result.flagged()));
		progress.accept(result.summary());
		return result;
	}

	private LocalDate date(java.time.Instant instant) {
		return LocalDate.ofInstant(instant, clock.getZone());
	}
}
