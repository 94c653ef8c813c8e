package org.leoprotocol.personnel.duty;

import java.util.List;
import java.util.Map;

import org.leoprotocol.shared.web.UnprocessableContent;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * A shift file with bad rows is refused whole, listing every bad row, so a corrected file can be sent again. The file
 * was read but its rows contradict the roster, so it is answered 422 (unprocessable content); an API client finds each
 * row with its number under {@code rows}, and every problem said in its language under {@code problems}.
 */
public final class ShiftImportRefused extends UnprocessableContent {

	private static final long serialVersionUID = 1L;

	private final transient List<BadRow> rows;

	public ShiftImportRefused(List<BadRow> rows) {
		super("personnel.shift.refused", said(rows), "personnel.duty.import.refused", rows.size());
		this.rows = List.copyOf(rows);
	}

	public List<BadRow> rows() {
		return rows;
	}

	private static List<Sentence> said(List<BadRow> rows) {
		return rows.stream().map(row -> Sentence.of("personnel.shift.row", String.valueOf(row.row()), row.problem()))
			.toList();
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("rows", rows);
	}
}
