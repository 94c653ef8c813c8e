package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The model card page: the agency's newest model (absent before the first training), the officers in the top 5 % on the
 * date with their reasons, the known limits that apply to this agency's data, and a message.
 */
public record ModelPageView(String agency, LocalDate asOf, ModelCard card, Flagged flagged,
		List<String> limitKeys,
		String message) {

	public boolean hasFairness() {
		return card != null && card.fairness().stream().anyMatch(group -> !group.value().isEmpty());
	}

	/** A share as a percentage with one decimal, or a dash when there is none. */
	public static String percent(double share) {
		return Double.isNaN(share) || Double.isInfinite(share) ? "—"
				: String.format(java.util.Locale.ROOT, "%.1f %%", 100 * share);
	}

	/** A relative change as a signed percentage. */
	public static String change(double share) {
		return Double.isNaN(share) || Double.isInfinite(share) ? "—"
				: String.format(java.util.Locale.ROOT, "%+.1f %%", 100 * share);
	}
}
