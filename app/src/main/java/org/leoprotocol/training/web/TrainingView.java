package org.leoprotocol.training.web;

import org.leoprotocol.shared.phrase.Sentence;

import java.util.List;
import java.util.Map;

/**
 * The training page: the modules, newest protocol version first, with the reader's own acknowledgement dates, and for
 * command staff and administrators the form for a new module.
 */
public record TrainingView(List<Row> modules, boolean officer, boolean canCreate, boolean canSeeCompliance,
		List<Integer> versions, Map<String, String> form, Map<String, String> problems, String notice) {

	/**
	 * One module, its title and summary as sentences said in the reader's language; {@code acknowledgedAt} is empty
	 * while the reader has not acknowledged it.
	 */
	public record Row(String id, int version, Sentence title, Sentence summary, String content, String link,
			String acknowledgedAt) {

		public boolean acknowledged() {
			return !acknowledgedAt.isEmpty();
		}
	}

	public String value(String field) {
		return form.getOrDefault(field, "");
	}

	public String problem(String field) {
		return problems.get(field);
	}
}
