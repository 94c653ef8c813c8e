package org.leoprotocol.protocol;

import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * What became of one historical incident: imported now, or found imported before under the same CAD number (and left as
 * it was), said as a message key (in the API, in the client's {@code Accept-Language}). {@code findings} lists what gap
 * analysis found in its timeline, each a sentence said in the reader's language.
 */
public record CadImportResult(String cadNumber, IncidentId incidentId, boolean imported, Sentence message,
		List<Sentence> findings) {
}
