package org.leoprotocol.protocol.web;

import java.util.List;

import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

/** The live board: open incidents, most urgent first, each with its step clocks, as of one moment. */
public record BoardView(String asOf, List<BoardIncident> incidents) {

	/**
	 * One open incident on the board.
	 *
	 * @param heading the incident's kind and the person's age, as one sentence
	 * @param priority the priority's code, the CSS class of the incident and its badge
	 * @param priorityWord the priority as the reader says it
	 */
	public record BoardIncident(String id, Sentence heading, String priority, Phrase priorityWord, String location,
			String reportedAt, String officer, int escalations, List<BoardClock> clocks) {
	}

	/**
	 * One step clock on the board.
	 *
	 * @param state {@code done}, {@code late}, {@code running} or {@code waiting}: also the CSS class
	 * @param display what the clock says: "3:12 left", "late by 1:05", "done 14:02", "waits for unit arrived"
	 */
	public record BoardClock(String code, String title, String state, Sentence display) {
	}
}
