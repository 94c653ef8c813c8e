package org.leoprotocol.investigations;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.InvalidInput;

/** An allegation to open a case with: the officer, the category, and what is alleged in a sentence. */
public record NewAllegation(OfficerId officerId, Category category, String description) {

	static final int MAX_DESCRIPTION = 2000;

	public NewAllegation {
		if (officerId == null || category == null) {
			throw new InvalidInput("investigations.refused.allegation.officer");
		}
		if (description == null || description.isBlank() || description.strip().length() > MAX_DESCRIPTION) {
			throw new InvalidInput("investigations.refused.allegation.description", String.valueOf(MAX_DESCRIPTION));
		}
		description = description.strip();
	}
}
