package org.leoprotocol.earlywarning.model;

import java.util.List;

/** One officer at the top of the list (the review budget), his score and its reasons in the language asked for. */
public record ExplainedOfficer(int place, String officer, String externalId, String score, List<String> reasons,
		String peers) {
}
