package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.Phrase;

/**
 * One incident in a list: enough to see how urgent it is and open it; never the person's name.
 *
 * @param priority the priority's code, the CSS class of its badge
 * @param priorityWord the priority as the reader says it
 * @param age the person's age in years, or {@code null} when nobody knows it
 */
public record IncidentRow(String id, Phrase kind, String priority, Phrase priorityWord, String age, String location,
		String reportedAt, Phrase status, String officer) {
}
