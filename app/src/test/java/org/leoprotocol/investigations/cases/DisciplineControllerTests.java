package org.leoprotocol.investigations.cases;

import org.junit.jupiter.api.Test;

import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisciplineControllerTests {

	@Test
	void readsOneAttendeePerLineWithTheRoleAfterTheLastComma() {
		assertThat(DisciplineController
			.attendeeLines("Frank Doyle, union representative\n\n  Ruth Okonkwo, Jr., board member \n"))
			.containsExactly(new Hearing.Attendee("Frank Doyle", " union representative"),
					new Hearing.Attendee("Ruth Okonkwo, Jr.", " board member"));
		assertThatThrownBy(() -> DisciplineController.attendeeLines("Frank Doyle"))
			.isInstanceOf(InvalidInput.class);
	}
}
