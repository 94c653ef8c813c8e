package org.leoprotocol.protocol;

import java.util.List;

/**
 * What became of one historical incident: imported now, or found imported before under the same CAD number (and left as
 * it was). {@code findings} lists what gap analysis found in its timeline.
 */
public record CadImportResult(String cadNumber, IncidentId incidentId, boolean imported, String message,
		List<String> findings) {
}
