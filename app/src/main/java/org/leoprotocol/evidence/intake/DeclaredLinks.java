package org.leoprotocol.evidence.intake;

import java.time.Instant;

import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceLink;
import org.leoprotocol.evidence.LinkKind;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.shared.Actor;

/**
 * Links a newly taken item to the case and the incident its sender declared with the upload, so the footage of a stop
 * or the photos of a scene are found from the case file and the incident report from the moment they enter custody.
 * Either reference may be absent; a link records who made it and when.
 */
final class DeclaredLinks {

	private DeclaredLinks() {
	}

	/** Links {@code item} to the declared case and incident, within the caller's transaction. */
	static void link(EvidenceItems items, EvidenceId item, NewUpload declared, Instant at, Actor actor) {
		if (declared.caseReference() != null) {
			items.link(item,
					new EvidenceLink(LinkKind.CASE, declared.caseReference(), null, at, actor.username()));
		}
		if (declared.incidentReference() != null) {
			items.link(item,
					new EvidenceLink(LinkKind.INCIDENT, declared.incidentReference(), null, at,
							actor.username()));
		}
	}
}
