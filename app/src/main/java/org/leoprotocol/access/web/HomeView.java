package org.leoprotocol.access.web;

import java.util.List;

import org.leoprotocol.shared.web.HomePanel;

/** The staff home page: one section per role the reader holds, each with the panels the modules contribute for it. */
public record HomeView(java.time.Instant asOf, List<Section> sections) {

	/**
	 * A section for one role the reader holds.
	 * @param title the role in the reader's language
	 */
	public record Section(String role, String title, List<HomePanel> panels) {
	}
}
