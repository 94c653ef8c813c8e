package org.leoprotocol.personnel.duty;

import java.util.List;

import org.leoprotocol.shared.web.Explained;

/** A shift file with bad rows is refused whole, listing every bad row, so a corrected file can be sent again. */
public class ShiftImportRefused extends IllegalArgumentException implements Explained {

	private final List<BadRow> rows;

	public ShiftImportRefused(List<BadRow> rows) {
		super(rows.size() + " row(s) of the shift file are wrong; nothing was imported");
		this.rows = List.copyOf(rows);
	}

	public List<BadRow> rows() {
		return rows;
	}

	@Override
	public String messageKey() {
		return "personnel.duty.import.refused";
	}

	@Override
	public Object[] messageArguments() {
		return new Object[] { rows.size() };
	}
}
