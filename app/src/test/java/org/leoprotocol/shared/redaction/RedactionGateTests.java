package org.leoprotocol.shared.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionGateTests {

	static List<NameSpellings.Spelling> spellings() {
		return NameSpellings.all();
	}

	@Test
	void theAdversarialListHasAtLeastFiftySpellings() {
		assertThat(NameSpellings.all()).hasSizeGreaterThanOrEqualTo(50);
	}

	@ParameterizedTest
	@MethodSource("spellings")
	void everySpellingOfANameInTheRecordIsRedactedAndRefused(NameSpellings.Spelling spelling) {
		String text = "The board heard that " + spelling.written() + " waited by the fountain.";
		Redacted redacted = RedactionGate.redact(text, NameSpellings.PEOPLE);
		assertThat(redacted.text()).doesNotContain(spelling.written()).contains("waited by the fountain");
		assertThat(redacted.removals()).anySatisfy(removal -> assertThat(spelling.written()).contains(removal.found()));
		assertThat(RedactionGate.namesIn(text, NameSpellings.PEOPLE)).isNotEmpty();
	}

	@Test
	void aNameIsReplacedByThePartThePersonPlays() {
		Redacted redacted = RedactionGate.redact("Cora Miller said T.o.m.m.y was alone.", NameSpellings.PEOPLE);
		assertThat(redacted.text()).isEqualTo("[complainant] said [child] was alone.");
		assertThat(redacted.removals()).containsExactly(new Removal("Cora Miller", "[complainant]", Removal.NAME),
				new Removal("T.o.m.m.y", "[child]", Removal.NAME));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "her son Diego, 9", "his daughter, aged 7", "My five-year-old son", "her 9-year-old daughter",
					"their son Mateo, 9 years old", "su hijo Diego, de 9 años", "su hija de 7 años",
					"la niña Ana, de cinco años",
					"her son, Pedro, 9", "his little girl Ana, 7", "her youngest son Pedro, 9",
					"her eldest daughter (12)", "our baby girl, 2",
					"her son Pedro Ruiz, 9", "his daughter Ana María, 7", "my little brother Luis, 6",
					"su hijo menor Pedro, de 9 años",
					"su hija pequeña, de 7 años", "la hija de Ana, de 7 años" })
	void aRelationshipWithAnAgeIsRedactedEvenWithoutAKnownName(String phrase) {
		Redacted redacted = RedactionGate.redact("The board noted " + phrase + " was present.", List.of());
		assertThat(redacted.text()).isEqualTo("The board noted [child] was present.");
		assertThat(redacted.removals()).extracting(Removal::reason).containsExactly(Removal.RELATIONSHIP);
	}

	@Test
	void theTestersMinutesPublishNeitherTheNameNorTheAge() {
		Redacted redacted = RedactionGate.redact("Complainant attended with her son Diego, 9.",
				List.of(NameSpellings.DIEGO));
		assertThat(redacted.text()).isEqualTo("Complainant attended with [child].");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Last seen wearing a red jacket, about 5 years old, going to my car",
			"Found: boy, about 4, blue sandals, stuffed puppy; to my knowledge alone", "Seen at 5am near the fountain",
			"Thomasville Road, near Millerton park", "Leo's Protocol was followed; el Protocolo de Leo se cumplió" })
	void wordsThatOnlyResembleANameAreLeftAlone(String text) {
		List<PersonInRecord> people = List.of(NameSpellings.TOMMY, NameSpellings.CORA,
				PersonInRecord.of("Sam", Party.CHILD),
				PersonInRecord.of("Leo Miller", Party.CHILD));
		assertThat(RedactionGate.namesIn(text, people)).isEmpty();
		assertThat(RedactionGate.redact(text, people).text()).isEqualTo(text);
	}

	@Test
	void theChildCalledLeoIsStillRedactedOutsideTheProtocolsName() {
		Redacted redacted = RedactionGate.redact("Under Leo's Protocol, L3o was engaged late.",
				List.of(PersonInRecord.of("Leo Miller", Party.CHILD)));
		assertThat(redacted.text()).isEqualTo("Under Leo's Protocol, [child] was engaged late.");
	}

	@Test
	void aWholeNameIsItsOwnersEvenWhenAnotherPersonSharesTheSurname() {
		Redacted redacted = RedactionGate.redact("Mark Miller spoke; Miller's wife listened.",
				List.of(PersonInRecord.of("Mark Miller", Party.OFFICER), NameSpellings.CORA));
		assertThat(redacted.text()).startsWith("[officer] spoke;");
	}

	@Test
	void contactDetailsAreRedacted() {
		Redacted redacted = RedactionGate.redact("Reach her at cora@example.org or +1 555 010 2030.", List.of());
		assertThat(redacted.text()).isEqualTo("Reach her at [contact] or [contact].");
	}

	@Test
	void aTextWithoutAnyoneInItPassesUnchanged() {
		Redacted redacted = RedactionGate.redact("The board viewed the footage.", NameSpellings.PEOPLE);
		assertThat(redacted.changed()).isFalse();
		assertThat(redacted.text()).isEqualTo("The board viewed the footage.");
	}
}
