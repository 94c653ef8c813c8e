package org.leoprotocol.personnel.duty;

import java.util.List;

import org.leoprotocol.personnel.Unit;
import org.leoprotocol.personnel.duty.BadRow;

/**
 * The duty page: who is on duty at the moment shown, the shifts running and to come, and, for those who may set the
 * roster, the forms to add a shift and import a file, with the last problem (said in the reader's language) or notice.
 */
@SuppressWarnings("ArrayRecordComponent") // message arguments handed to the message source as they are; a page model is
											// never compared
public record DutyView(String at, List<DutyEntry> onDuty, List<DutyEntry> coming, List<Unit> units, List<Post> posts,
		boolean mayEdit, ShiftRequest form, String problem, List<BadRow> badRows, String notice,
		Object[] noticeArguments) {

	public static final String PAGE = "/staff/personnel/duty";
	public static final String SHIFTS = PAGE + "/shifts";
	public static final String IMPORTS = PAGE + "/imports";

	public static String end(Object shift) {
		return SHIFTS + "/" + shift + "/end";
	}

	public static String remove(Object shift) {
		return SHIFTS + "/" + shift + "/remove";
	}
}
