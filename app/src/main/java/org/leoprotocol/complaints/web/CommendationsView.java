package org.leoprotocol.complaints.web;

import java.util.List;

/** The commendations the public filed for one officer, newest first, as the officer's record shows them. */
public record CommendationsView(String officerId, List<Row> commendations) {

	/** One commendation: when, the stage's code, and what the person wrote. */
	public record Row(String received, String stage, String narrative) {
	}
}
