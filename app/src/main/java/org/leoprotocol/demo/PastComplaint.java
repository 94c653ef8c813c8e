package org.leoprotocol.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.leoprotocol.complaints.Acknowledgement;
import org.leoprotocol.complaints.FiledFor;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.NamedOfficer;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.complaints.StageNote;
import org.leoprotocol.complaints.Submission;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.investigations.PastCase;
import org.leoprotocol.personnel.Officer;

/** One complaint or commendation of the past, with its case when it is a complaint. */
record PastComplaint(String key, Kind kind, Officer officer, Category category,
		org.leoprotocol.investigations.Finding finding, Instant received, Instant closed, boolean forAChild,
		int place) {

	/** Stores it; false when it was stored already. */
	boolean record(DemoHistory history) {
		int number = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + 1;
		NamedOfficer named = new NamedOfficer(officer.badgeNumber(), officer.fullName(), null);
		Acknowledgement filed = history.intake.fileReceivedAt(kind == Kind.COMMENDATION
				? new Submission(kind, FiledFor.SELF, false, DemoHistory.FICTITIOUS_COMPLAINANT + " " + number, null,
						null,
						false, null, null, null, DemoHistory.PLACES[place],
						"The officer was patient and kind and took the time to help.", List.of(named))
				: new Submission(kind, forAChild ? FiledFor.ON_BEHALF : FiledFor.SELF, false,
						DemoHistory.FICTITIOUS_COMPLAINANT + " " + number,
						forAChild ? DemoHistory.FICTITIOUS_CHILD + " " + number : null, forAChild ? "parent" : null,
						forAChild,
						null, null, null, DemoHistory.PLACES[place], category.narrative(), List.of(named)),
				key, received);
		if (filed.repeated()) {
			return false;
		}
		var id = history.intake.idOf(filed.trackingCode());
		if (kind == Kind.COMMENDATION) {
			history.intake.recordPastMove(id, Stage.FORWARDED, StageNote.written(DemoStories.THANK_YOU), null,
					received.plus(Duration.ofDays(7)));
			return true;
		}
		history.investigations.recordClosedCase(new PastCase(CaseType.CITIZEN_COMPLAINT, id,
				category.label(),
				List.of(new NewAllegation(officer.id(), category.investigations(), category.label())),
				List.of(finding), DemoHistory.REASONS.get(finding), DemoHistory.INVESTIGATOR, DemoHistory.DECIDER,
				received.plus(Duration.ofDays(2)), closed));
		return true;
	}
}
