package org.leoprotocol.complaints;

import java.util.List;

/** Submissions as the public makes them. */
public final class SubmissionFixtures {

	private SubmissionFixtures() {
	}

	public static Submission aComplaintAbout(String badge) {
		return new Submission(Kind.COMPLAINT, FiledFor.ON_BEHALF, false, "Cora Miller", "Leo", "mother", true,
				"cora@example.org", null, "Saturday, 2:10 pm", "Fountain, central square",
				"My five-year-old son was crying alone by the fountain and the officer did nothing for over eleven minutes.",
				List.of(new NamedOfficer(badge, "Mark Miller", null)));
	}

	public static Submission aCommendationOf(String badge) {
		return new Submission(Kind.COMMENDATION, FiledFor.SELF, false, "Malakai's mother", null, null, false, null,
				null,
				"Sunday morning", "Maple Street",
				"The deputy knelt down, talked with my son about his stuffed puppy and brought him home.",
				List.of(new NamedOfficer(badge, "Rodriguez", null)));
	}
}
