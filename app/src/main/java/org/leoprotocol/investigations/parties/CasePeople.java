package org.leoprotocol.investigations.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.redaction.Party;
import org.leoprotocol.shared.redaction.PersonInRecord;

import org.springframework.stereotype.Component;

/**
 * Everyone a case file names, with the part each plays, for the redaction gate: the complaint's people (complainant,
 * the child it was filed for, the officers it names), every person who gave a statement, the accused officers and, for
 * minutes, everyone present at the hearing.
 */
@Component
public class CasePeople {

	private static final Pattern CHILD = Pattern.compile("(?i)child|son|daughter|boy|girl|minor|niñ|hij");
	private static final Pattern GUARDIAN = Pattern.compile("(?i)mother|father|parent|guardian|madre|padre|tutor");
	private static final Pattern OFFICER = Pattern.compile("(?i)officer|investigator|deputy|sergeant|agente");

	private final Investigations investigations;
	private final ComplaintIntake complaints;
	private final Roster roster;

	CasePeople(Investigations investigations, ComplaintIntake complaints, Roster roster) {
		this.investigations = investigations;
		this.complaints = complaints;
		this.roster = roster;
	}

	public List<PersonInRecord> of(Investigation investigation) {
		List<PersonInRecord> people = new ArrayList<>();
		if (investigation.complaintId() != null) {
			people.addAll(complaints.peopleInRecord(investigation.complaintId()));
		}
		investigations.entries(investigation.id()).stream().filter(entry -> entry.personName() != null)
			.forEach(entry -> people
				.add(PersonInRecord.of(entry.personName(), party(entry.personRole(), Party.WITNESS))));
		investigation.accused().forEach(officer -> roster.find(officer)
			.ifPresent(o -> people.add(PersonInRecord.of(o.fullName(), Party.OFFICER))));
		return people;
	}

	public List<PersonInRecord> of(Investigation investigation, Hearing hearing) {
		List<PersonInRecord> people = new ArrayList<>(of(investigation));
		hearing.attendees().forEach(
				attendee -> people.add(PersonInRecord.of(withoutRole(attendee), party(attendee.role(), Party.PERSON))));
		return people;
	}

	/** An attendee's name without the role some records write into it ("Board member Ines Hale"). */
	private static String withoutRole(Hearing.Attendee attendee) {
		return attendee.role() == null ? attendee.name()
				: attendee.name().replaceAll("(?i)" + Pattern.quote(attendee.role()), " ").strip();
	}

	/** The part a role written in the record names: "witness", "mother", "subject officer", "daughter". */
	static Party party(String role, Party otherwise) {
		if (role == null) {
			return otherwise;
		}
		if (GUARDIAN.matcher(role).find()) {
			return Party.GUARDIAN;
		}
		if (CHILD.matcher(role).find()) {
			return Party.CHILD;
		}
		if (OFFICER.matcher(role).find()) {
			return Party.OFFICER;
		}
		if (role.toLowerCase(Locale.ROOT).contains("complain")) {
			return Party.COMPLAINANT;
		}
		return role.toLowerCase(Locale.ROOT).contains("witness") || role.toLowerCase(Locale.ROOT).contains("testigo")
				? Party.WITNESS
				: otherwise;
	}
}
