package org.leoprotocol.investigations.parties;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.shared.redaction.Party;
import org.leoprotocol.shared.redaction.PersonInRecord;
import org.leoprotocol.shared.redaction.RedactionGate;

import static org.assertj.core.api.Assertions.assertThat;

class CasePeopleTests {

	@Test
	void theRoleWrittenInTheCaseFileGivesThePart() {
		assertThat(CasePeople.party("witness", Party.PERSON)).isEqualTo(Party.WITNESS);
		assertThat(CasePeople.party("mother of the child", Party.PERSON)).isEqualTo(Party.GUARDIAN);
		assertThat(CasePeople.party("daughter", Party.PERSON)).isEqualTo(Party.CHILD);
		assertThat(CasePeople.party("subject officer", Party.PERSON)).isEqualTo(Party.OFFICER);
		assertThat(CasePeople.party("union representative", Party.PERSON)).isEqualTo(Party.PERSON);
		assertThat(CasePeople.party(null, Party.WITNESS)).isEqualTo(Party.WITNESS);
	}

	@Test
	void minutesLoseEveryNameWholeOrInPartAndContactDetails() {
		String minutes = "The board heard Eleanor Vance. Ms. Vance called from +1 555 0100; write to cora@example.org. "
				+ "Officer MILLER did not answer.";
		List<PersonInRecord> people = List.of(
				PersonInRecord.of("Eleanor Vance", CasePeople.party("witness", Party.PERSON)),
				PersonInRecord.of("Mark Miller", CasePeople.party("subject officer", Party.PERSON)));

		assertThat(RedactionGate.redact(minutes, people).text())
			.isEqualTo(
					"The board heard [witness]. Ms. [witness] called from [contact]; write to [contact]. Officer [officer] did not answer.");
		assertThat(RedactionGate.redact("Millerton square", people).text()).isEqualTo("Millerton square");
	}
}
