package org.leoprotocol.evidence.web;

import java.util.List;

/** The evidence list: the items the signed-in staff member may see. */
public record EvidenceListView(List<EvidenceRow> items, boolean mayUpload, boolean mayTrace) {
}
