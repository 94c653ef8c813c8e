package org.leoprotocol.evidence.web;

import java.util.List;

/**
 * An item's page: its facts, links, exports and chain of custody, with the forms the signed-in staff member may use.
 * {@code preview} is {@code video}, {@code image} or empty.
 */
public record EvidenceDetailView(String id, String fileName, String kind, String preview, List<ItemFact> facts,
		List<LinkRow> links, List<ExportRow> exports, boolean exportsRunning, List<CustodyRow> custody,
		boolean mayExport,
		boolean mayLink, RetentionPanel retention, String notice, String problem, FootagePlacement footage) {
}
