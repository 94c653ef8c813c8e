package org.leoprotocol.complaints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A complaint or commendation as a member of the public submits it. Everything but the account of what happened is
 * optional; {@link #problems()} says, per form field, what must change before it can be accepted.
 *
 * @param anonymous the person does not give a name; contact details may still be given to receive updates
 * @param representedPerson whom the person files for when {@code filedFor} is {@code ON_BEHALF}, e.g. their child
 * @param aboutAChild the affected person is a child; the case is then never shown with anyone's identity (both flags
 * are {@code Boolean} so that JSON may leave them out; they are never {@code null} once built)
 */
public record Submission(Kind kind, FiledFor filedFor, Boolean anonymous, String name, String representedPerson,
		String relationship, Boolean aboutAChild, String email, String phone, String occurredOn, String location,
		String narrative, List<NamedOfficer> officers) {

	public static final int MAX_OFFICERS = 10;
	public static final int MAX_NARRATIVE = 10_000;
	public static final int MAX_SHORT = 200;
	static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
	static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{5,40}");

	public Submission {
		kind = Objects.requireNonNullElse(kind, Kind.COMPLAINT);
		filedFor = Objects.requireNonNullElse(filedFor, FiledFor.SELF);
		anonymous = Boolean.TRUE.equals(anonymous);
		aboutAChild = Boolean.TRUE.equals(aboutAChild);
		name = clean(name);
		representedPerson = clean(representedPerson);
		relationship = clean(relationship);
		email = clean(email);
		phone = clean(phone);
		occurredOn = clean(occurredOn);
		location = clean(location);
		narrative = clean(narrative);
		officers = officers == null ? List.of()
				: officers.stream().filter(Objects::nonNull).filter(o -> !o.blank()).toList();
	}

	/** Every problem with the submission, keyed by the form field it concerns, in form order; empty when fine. */
	public Map<String, FormProblem> problems() {
		Map<String, FormProblem> problems = new LinkedHashMap<>();
		if (narrative == null) {
			problems.put("narrative", FormProblem.of("narrative.missing"));
		}
		else if (narrative.length() > MAX_NARRATIVE) {
			problems.put("narrative", FormProblem.of("narrative.tooLong", MAX_NARRATIVE, narrative.length()));
		}
		tooLong(problems, "name", name);
		tooLong(problems, "representedPerson", representedPerson);
		tooLong(problems, "relationship", relationship);
		tooLong(problems, "occurredOn", occurredOn);
		tooLong(problems, "location", location);
		if (anonymous && name != null) {
			problems.put("name", FormProblem.of("anonymousWithName"));
		}
		if (filedFor == FiledFor.ON_BEHALF && relationship == null) {
			problems.put("relationship", FormProblem.of("relationship"));
		}
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.put("email", FormProblem.of("email"));
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.put("phone", FormProblem.of("phone"));
		}
		officerProblems(problems);
		return problems;
	}

	private void officerProblems(Map<String, FormProblem> problems) {
		if (officers.size() > MAX_OFFICERS) {
			problems.put("officers", FormProblem.of("officers.tooMany", MAX_OFFICERS));
		}
		for (NamedOfficer officer : officers) {
			if (isTooLong(officer.badgeNumber(), 20) || isTooLong(officer.name(), MAX_SHORT)
					|| isTooLong(officer.description(), 1000)) {
				problems.put("officers", FormProblem.of("officers.tooLong", 20, MAX_SHORT, 1000));
			}
		}
		if (!problems.containsKey("officers") && needsTimeAndPlace() && (occurredOn == null || location == null)) {
			problems.put(occurredOn == null ? "occurredOn" : "location", FormProblem.of("timeAndPlace"));
		}
	}

	/** True when some officer is known only by a description, or no officer is named at all. */
	public boolean needsTimeAndPlace() {
		return officers.isEmpty() || officers.stream().anyMatch(officer -> !officer.hasBadgeOrName());
	}

	private static void tooLong(Map<String, FormProblem> problems, String field, String value) {
		if (isTooLong(value, MAX_SHORT)) {
			problems.put(field, FormProblem.of("tooLong", MAX_SHORT));
		}
	}

	private static boolean isTooLong(String value, int limit) {
		return value != null && value.length() > limit;
	}

	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
