package org.leoprotocol.protocol.web;

import java.util.List;

/**
 * Who did what, as the page offers it: the officers on the incident to choose as performer ({@code defaultPerformer} is
 * preselected, empty when the reader must choose), the amendments pending and approved, findings withdrawn, the entries
 * an amendment may correct, and whether the reader may approve amendments.
 */
public record Attribution(List<Choice> performers, String defaultPerformer, List<AmendmentRow> amendments,
		List<FindingRow> withdrawnFindings, List<AmendableEntry> amendableEntries, boolean mayApprove) {
}
