package org.leoprotocol.protocol.web;

import java.util.List;

/** The live board: open incidents, most urgent first, each with its step clocks, as of one moment. */
public record BoardView(String asOf, List<BoardIncident> incidents) {

	public record BoardIncident(String id, String kind, String priority, String age, String location, String reportedAt,
			String officer, int escalations, List<BoardClock> clocks) {
	}

	/**
	 * One step clock on the board.
	 *
	 * @param state {@code done}, {@code late}, {@code running} or {@code waiting}: also the CSS class
	 * @param display what the clock says: "3:12 left", "late 1:05", "done", "waits for unit arrived"
	 */
	public record BoardClock(String code, String title, String state, String display) {
	}
}
