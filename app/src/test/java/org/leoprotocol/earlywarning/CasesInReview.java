package org.leoprotocol.earlywarning;

import java.util.List;

import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;

/**
 * A case with one allegation, investigated and recommended NOT_SUSTAINED, waiting in review for its final finding,
 * which someone other than its investigator records.
 */
final class CasesInReview {

	private CasesInReview() {
	}

	static Investigation open(Investigations investigations, Investigators investigators, String investigator,
			OfficerId officer,
			Category category, String allegation) {
		investigators.register(investigator, "Early-warning test investigator " + investigator, null);
		Investigation opened = investigations.open(CaseType.INTERNAL, null, "A case for early warning",
				List.of(new NewAllegation(officer, category, allegation)), Actor.staff("test"));
		investigations.assign(opened.id(), investigator);
		investigations.recordFinding(opened.id(), opened.allegations().get(0).id(), FindingStage.RECOMMENDED,
				Finding.NOT_SUSTAINED,
				null, null, Actor.staff(investigator));
		investigations.submitForReview(opened.id());
		return opened;
	}
}
