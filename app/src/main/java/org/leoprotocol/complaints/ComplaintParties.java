package org.leoprotocol.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.conflicts.Parties;
import org.leoprotocol.conflicts.Party;
import org.leoprotocol.conflicts.PartyRole;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordParties;
import org.leoprotocol.conflicts.RecordRef;

import org.springframework.stereotype.Component;

/**
 * Tells the conflict policy who a complaint's parties are from the day it is filed, before any case is opened: the
 * complainant, the child or person it was filed for, and the officers it names. Whoever declared a relation to one of
 * them neither reads who complained nor takes the complaint's triage decisions.
 */
@Component
class ComplaintParties implements RecordParties {

	private final Complaints complaints;

	ComplaintParties(Complaints complaints) {
		this.complaints = complaints;
	}

	@Override
	public Optional<Parties> partiesOf(RecordRef record) {
		if (record.kind() != RecordKind.COMPLAINT) {
			return Optional.empty();
		}
		return id(record.id()).flatMap(complaints::find).map(ComplaintParties::parties);
	}

	private static Parties parties(Complaint complaint) {
		Submission submission = complaint.submission();
		List<Party> parties = new ArrayList<>();
		if (submission.name() != null && !submission.name().isBlank()) {
			parties.add(Party.person(PartyRole.COMPLAINANT, submission.name()));
		}
		if (submission.representedPerson() != null && !submission.representedPerson().isBlank()) {
			parties.add(
					Party.person(Boolean.TRUE.equals(submission.aboutAChild()) ? PartyRole.CHILD : PartyRole.REPORTER,
							submission.representedPerson()));
		}
		complaint.matchedOfficers()
			.forEach(officer -> parties.add(Party.officer(PartyRole.SUBJECT_OFFICER, officer.value())));
		return new Parties(null, parties, List.of());
	}

	private static Optional<ComplaintId> id(String text) {
		try {
			return Optional.of(new ComplaintId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
