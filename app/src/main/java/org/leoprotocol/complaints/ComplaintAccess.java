package org.leoprotocol.complaints;

import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.NotPermitted;

import org.springframework.stereotype.Component;

/**
 * Need to know for a complaint on staff screens: it names the complainant and the person it was filed for, so the
 * officer it accuses, a staff member with a declared relation to him and a party to it never read it, whatever their
 * roles. The conflict policy decides; a refusal is audited before it is answered.
 */
@Component
class ComplaintAccess {

	private final Conflicts conflicts;
	private final AuditTrail audit;

	ComplaintAccess(Conflicts conflicts, AuditTrail audit) {
		this.conflicts = conflicts;
		this.audit = audit;
	}

	boolean mayView(ComplaintId id, Actor reader) {
		return conflicts.check(reader, Act.VIEW, RecordRef.of(RecordKind.COMPLAINT, id.value())).isEmpty();
	}

	void requireToView(ComplaintId id, Actor reader) {
		List<Conflict> found = conflicts.check(reader, Act.VIEW, RecordRef.of(RecordKind.COMPLAINT, id.value()));
		if (!found.isEmpty()) {
			audit.refusal(AuditAction.READ, ComplaintIntake.COMPONENT, RecordReference.of("Complaint", id.value()),
					AuditTrail.refusedBecause("view", found.get(0).key(), found.get(0).arguments().toArray()));
			throw new NotPermitted("complaints.refused.conflict");
		}
	}
}
