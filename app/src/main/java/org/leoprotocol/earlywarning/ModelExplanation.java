package org.leoprotocol.earlywarning;

import java.util.List;

/**
 * What the agency's learned model says about a flagged officer, beside the rules' reasons: the model's estimate, its
 * strongest per-prediction contributions in words (TreeSHAP values, Lundberg et al., "From local explanations to global
 * understanding with explainable AI for trees", Nature Machine Intelligence 2020) and the officer's complaints against
 * peers of the same unit and rank. Where the agency has no model, or too little history for one, {@code learned} is
 * false, {@code method} says why, and the flag rests on the rule score alone.
 *
 * @param method how the flag is explained, in words: the model and the date it was trained for, or the fallback
 * @param estimate the model's probability of a sustained allegation within a year, formatted; empty without a model
 * @param modelCard the address of the agency's model card page
 */
public record ModelExplanation(boolean learned, String method, String estimate, List<String> reasons, String peers,
		String modelCard) {
}
