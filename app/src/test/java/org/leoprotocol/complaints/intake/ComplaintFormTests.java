package org.leoprotocol.complaints.intake;

import java.util.Map;

import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.NamedOfficer;
import org.leoprotocol.complaints.Submission;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintFormTests {

	@Test
	void readsOfficerRowsAndIgnoresEmptyOnes() {
		LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("kind", "commendation");
		fields.add("narrative", "He knelt down and talked with my son.");
		fields.put("officerBadge", java.util.List.of("2218", "", ""));
		fields.put("officerName", java.util.List.of("", "", ""));
		fields.put("officerDescription", java.util.List.of("", "tall, red cap", ""));

		Submission submission = new ComplaintForm(fields).submission();

		assertThat(submission.kind()).isEqualTo(Kind.COMMENDATION);
		assertThat(submission.officers()).containsExactly(new NamedOfficer("2218", null, null),
				new NamedOfficer(null, null, "tall, red cap"));
		assertThat(submission.needsTimeAndPlace()).isTrue();
	}

	@Test
	void aTamperedChoiceFallsBackToTheDefaultAndTheViewKeepsTheInput() {
		LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("kind", "<script>");
		fields.add("filedFor", "SOMEONE");
		fields.add("location", "Fountain");

		var view = new ComplaintForm(fields).view("token-0123456789abcdef",
				Map.of("narrative", "Tell us what happened."));

		assertThat(view.kind()).isEqualTo("COMPLAINT");
		assertThat(view.filedFor()).isEqualTo("SELF");
		assertThat(view.location()).isEqualTo("Fountain");
		assertThat(view.officers()).hasSize(3);
		assertThat(view.describedBy("narrative")).isEqualTo("narrative-problem");
		assertThat(view.describedBy("location")).isNull();
	}
}
