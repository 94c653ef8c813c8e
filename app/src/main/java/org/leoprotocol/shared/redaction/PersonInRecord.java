package org.leoprotocol.shared.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person the record names, as the gate must recognise them: the name as recorded and every nickname the record gives
 * ("Thomas", called "Tommy").
 */
public record PersonInRecord(String name, Party party, List<String> nicknames) {

	public PersonInRecord {
		party = party == null ? Party.PERSON : party;
		nicknames = nicknames == null ? List.of() : nicknames.stream().filter(Objects::nonNull).toList();
	}

	public static PersonInRecord of(String name, Party party, String... nicknames) {
		return new PersonInRecord(name, party, List.of(nicknames));
	}

	/** The name and the nicknames, blank ones left out. */
	public List<String> spellings() {
		List<String> spellings = new ArrayList<>();
		if (name != null && !name.isBlank()) {
			spellings.add(name.strip());
		}
		nicknames.stream().filter(n -> !n.isBlank()).map(String::strip).forEach(spellings::add);
		return spellings;
	}
}
