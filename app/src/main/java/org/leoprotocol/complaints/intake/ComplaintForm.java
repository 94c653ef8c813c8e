package org.leoprotocol.complaints.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.leoprotocol.complaints.FiledFor;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.NamedOfficer;
import org.leoprotocol.complaints.Submission;
import org.leoprotocol.complaints.web.ComplaintFormView.OfficerFields;
import org.leoprotocol.complaints.web.ComplaintFormView;

import org.springframework.util.MultiValueMap;

/**
 * Reads the public form's fields into a {@link Submission}, and back into a {@link ComplaintFormView} so that a refused
 * form is shown again exactly as it was filled in. Unknown choices fall back to the defaults rather than failing: a
 * person should never lose what they wrote to a tampered radio button.
 */
record ComplaintForm(MultiValueMap<String, String> fields) {

	String token() {
		return text("formToken");
	}

	Submission submission() {
		List<NamedOfficer> officers = new ArrayList<>();
		for (OfficerFields row : officerRows()) {
			officers.add(new NamedOfficer(row.badgeNumber(), row.name(), row.description()));
		}
		return new Submission(kind(), filedFor(), checked("anonymous"), text("name"), text("representedPerson"),
				text("relationship"), checked("aboutAChild"), text("email"), text("phone"), text("occurredOn"),
				text("location"), text("narrative"), officers);
	}

	ComplaintFormView view(String formToken, Map<String, String> problems) {
		return new ComplaintFormView(formToken, kind().name(), filedFor().name(), checked("anonymous"), text("name"),
				text("representedPerson"), text("relationship"), checked("aboutAChild"), text("email"), text("phone"),
				text("occurredOn"), text("location"), text("narrative"), officerRows(), problems);
	}

	static ComplaintFormView empty(String formToken, Kind kind) {
		return new ComplaintFormView(formToken, kind.name(), FiledFor.SELF.name(), false, "", "", "", false, "", "", "",
				"", "", List.of(OfficerFields.EMPTY, OfficerFields.EMPTY, OfficerFields.EMPTY), Map.of());
	}

	private List<OfficerFields> officerRows() {
		List<String> badges = all("officerBadge");
		List<String> names = all("officerName");
		List<String> descriptions = all("officerDescription");
		int rows = Math.max(ComplaintFormView.OFFICER_ROWS,
				Math.max(badges.size(), Math.max(names.size(), descriptions.size())));
		List<OfficerFields> officers = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			officers.add(new OfficerFields(at(badges, i), at(names, i), at(descriptions, i)));
		}
		return officers;
	}

	private Kind kind() {
		return "COMMENDATION".equals(text("kind").toUpperCase(Locale.ROOT)) ? Kind.COMMENDATION : Kind.COMPLAINT;
	}

	private FiledFor filedFor() {
		return "ON_BEHALF".equals(text("filedFor").toUpperCase(Locale.ROOT)) ? FiledFor.ON_BEHALF : FiledFor.SELF;
	}

	private boolean checked(String field) {
		return !text(field).isEmpty();
	}

	private String text(String field) {
		String value = fields.getFirst(field);
		return value == null ? "" : value;
	}

	private List<String> all(String field) {
		List<String> values = fields.get(field);
		return values == null ? List.of() : values.subList(0, Math.min(values.size(), Submission.MAX_OFFICERS + 1));
	}

	private static String at(List<String> values, int index) {
		return index < values.size() && values.get(index) != null ? values.get(index) : "";
	}
}
