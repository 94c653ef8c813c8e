package org.leoprotocol.complaints;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionTests {

	@Test
	void aComplaintNamingAnOfficerByBadgeNeedsOnlyTheAccount() {
		assertThat(SubmissionFixtures.aComplaintAbout("734").problems()).isEmpty();
	}

	@Test
	void anEmptyAccountIsRefusedWithAMessageForItsField() {
		Submission empty = new Submission(Kind.COMPLAINT, FiledFor.SELF, false, null, null, null, false, null, null,
				null,
				null, "   ", List.of(new NamedOfficer("734", null, null)));

		assertThat(empty.problems()).containsOnlyKeys("narrative");
	}

	@Test
	void anUnknownOfficerNeedsTimeAndPlace() {
		Submission unknown = new Submission(Kind.COMPLAINT, FiledFor.SELF, true, null, null, null, false, null, null,
				"yesterday", null, "He laughed at me.", List.of(new NamedOfficer(null, null, "tall, grey moustache")));

		assertThat(unknown.needsTimeAndPlace()).isTrue();
		assertThat(unknown.problems()).containsOnlyKeys("location");
	}

	@Test
	void filingOnBehalfNeedsTheRelationshipAndAnonymityNeedsNoName() {
		Submission parent = new Submission(Kind.COMPLAINT, FiledFor.ON_BEHALF, true, "Cora Miller", "Leo", null, true,
				"not-an-email", "call me", null, null, "My son was left alone.",
				List.of(new NamedOfficer("734", null, null)));

		assertThat(parent.problems()).containsOnlyKeys("name", "relationship", "email", "phone");
	}

	@Test
	void limitsTheLengthOfEveryField() {
		Submission huge = new Submission(Kind.COMPLAINT, FiledFor.SELF, false, "x".repeat(201), null, null, false, null,
				null, null, null, "y".repeat(Submission.MAX_NARRATIVE + 1),
				List.of(new NamedOfficer("1".repeat(21), null, null)));

		assertThat(huge.problems()).containsOnlyKeys("narrative", "name", "officers");
	}
}
