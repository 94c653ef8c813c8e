package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Explains live flags with the agency's learned model, so that a supervisor reads the model's reasons beside the
 * rules'. The learned model lives in this module's {@code model} package, which depends on this facade; this seam lets
 * the flag pages and API ask it without a cycle.
 */
public interface ModelExplainer {

	/**
	 * The model's word on each officer (history officer ids) with what was recorded before {@code asOf}, in the
	 * reader's language; every officer asked about has an answer.
	 */
	Map<UUID, ModelExplanation> explain(Collection<UUID> officers, LocalDate asOf, Locale locale);
}
