package org.leoprotocol.investigations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvestigationPagesTests {

	@Test
	void readsOneAttendeePerLineWithTheRoleAfterTheLastComma() {
		assertThat(InvestigationPages
			.attendeeLines("Frank Doyle, union representative\n\n  Ruth Okonkwo, Jr., board member \n"))
			.containsExactly(new Hearing.Attendee("Frank Doyle", " union representative"),
					new Hearing.Attendee("Ruth Okonkwo, Jr.", " board member"));
		assertThatThrownBy(() -> InvestigationPages.attendeeLines("Frank Doyle"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
