package org.leoprotocol.investigations;

import org.leoprotocol.personnel.OfficerId;

/** An allegation to open a case with: the officer, the category, and what is alleged in a sentence. */
public record NewAllegation(OfficerId officerId, Category category, String description) {

	static final int MAX_DESCRIPTION = 2000;

	public NewAllegation {
		if (officerId == null || category == null) {
			throw new IllegalArgumentException("An allegation needs an officer and a category");
		}
		if (description == null || description.isBlank() || description.strip().length() > MAX_DESCRIPTION) {
			throw new IllegalArgumentException(
					"An allegation needs a description of at most " + MAX_DESCRIPTION + " characters");
		}
		description = description.strip();
	}
}
