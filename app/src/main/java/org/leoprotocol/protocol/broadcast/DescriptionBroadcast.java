package org.leoprotocol.protocol.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.redaction.Party;
import org.leoprotocol.shared.redaction.PersonInRecord;
import org.leoprotocol.shared.redaction.RedactionGate;
import org.leoprotocol.shared.redaction.Removal;

/**
 * A description of the person relayed for broadcast. It can never contain the person's name: an abductor could use a
 * name to lure a child (Code Adam practice, 42 U.S.C. 5792a(b)(2)). The check runs whenever a broadcast is made, so no
 * path through Leo can produce one with the name in it.
 */
public record DescriptionBroadcast(UUID id, IncidentId incidentId, Instant issuedAt, String issuedBy, String text) {

	static final int MAX_TEXT = 1000;

	public DescriptionBroadcast {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("protocol.broadcast.text.missing");
		}
		text = text.strip();
		if (text.length() > MAX_TEXT) {
			throw new InvalidInput("protocol.broadcast.text.long", MAX_TEXT);
		}
	}

	/**
	 * Makes a broadcast for the person, refusing any text that contains their name however it is spelled, as the one
	 * redaction gate recognises it.
	 */
	static DescriptionBroadcast compose(IncidentId incident, PersonAtRisk person, String text, Instant at, String by) {
		DescriptionBroadcast broadcast = new DescriptionBroadcast(UUID.randomUUID(), incident, at, by, text);
		List<Removal> names = RedactionGate.namesIn(broadcast.text(), peopleOf(person));
		if (!names.isEmpty()) {
			throw new BroadcastRefused(names.get(0).found());
		}
		return broadcast;
	}

	/** The people an incident names for the redaction gate: the person at risk. */
	static List<PersonInRecord> peopleOf(PersonAtRisk person) {
		return person.nameKnown() ? List.of(PersonInRecord.of(person.name(), Party.CHILD)) : List.of();
	}

	/** A text of the incident as it may leave Leo in an export, with any name the gate finds replaced. */
	public static String published(String text, PersonAtRisk person) {
		return RedactionGate.redact(text, peopleOf(person)).text();
	}

	/** The text Leo proposes from the incident: kind, age, description and place, without the name. */
	public static String proposedText(Incident incident) {
		Integer age = incident.person().age();
		return incident.kind().label().toUpperCase(Locale.ROOT) + (age == null ? "" : ", about " + age + " years old")
				+ ", at " + incident.location() + ": " + incident.person().description();
	}
}
