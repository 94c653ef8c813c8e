package org.leoprotocol.shared.redaction;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Everyone any record names (children and people at risk, complainants and those they filed for, witnesses), for
 * redacting public text that is not about one record. The names are only matched, never shown.
 */
@Component
public class EveryoneOnRecord {

	private final List<PeopleOnRecord> sources;

	EveryoneOnRecord(List<PeopleOnRecord> sources) {
		this.sources = sources;
	}

	public List<PersonInRecord> named() {
		return sources.stream().flatMap(source -> source.named().stream()).toList();
	}

	/** The text with every name on record and every identifying phrase replaced. */
	public String redact(String text) {
		return RedactionGate.redact(text, named()).text();
	}
}
