package org.leoprotocol.investigations;

import org.leoprotocol.personnel.OfficerId;

/**
 * One officer accused of one kind of misconduct, with the latest recommended and final findings (either may be
 * {@code null} while not yet recorded). A complaint against two officers for force and discourtesy is four allegations,
 * and each gets its own finding.
 */
public record Allegation(AllegationId id, OfficerId officerId, Category category, String description,
		FindingRecord recommended, FindingRecord finalFinding) {

	Allegation with(FindingRecord finding) {
		return finding.stage() == FindingStage.RECOMMENDED
				? new Allegation(id, officerId, category, description, finding, finalFinding)
				: new Allegation(id, officerId, category, description, recommended, finding);
	}
}
