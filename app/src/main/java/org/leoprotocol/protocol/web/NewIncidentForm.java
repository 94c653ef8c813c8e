package org.leoprotocol.protocol.web;

import java.util.List;

/**
 * The form to open an incident, as the user filled it in, with the choices it offers (each by its code, which the page
 * says in the reader's language) and the problem when opening was refused.
 */
public record NewIncidentForm(String kind, String location, String name, String age, String description,
		String condition,
		List<String> riskFactors, String responsibleOfficerBadge, List<String> kinds, List<String> conditions,
		List<String> risks, String problem) {

	public boolean hasRisk(String value) {
		return riskFactors.contains(value);
	}
}
