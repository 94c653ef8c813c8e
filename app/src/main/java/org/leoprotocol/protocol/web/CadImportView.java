package org.leoprotocol.protocol.web;

import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * The CAD import page: the JSON as the user sent it (kept when refused), every problem when refused (each said in the
 * reader's language), and one line per incident when imported.
 */
public record CadImportView(String json, List<Sentence> problems, List<Outcome> outcomes) {

	public static final String PATH = "/staff/incidents/imports";

	public static CadImportView empty() {
		return new CadImportView("", List.of(), List.of());
	}

	/** What became of one incident; {@code incidentUrl} leads to its page. */
	public record Outcome(String cadNumber, String incidentUrl, boolean imported, List<Sentence> findings) {
	}
}
