package org.leoprotocol.evidence.web;

/** One item in the evidence list. */
public record EvidenceRow(String id, String kind, String fileName, String size, String recorded, String device,
		String ingested, String state) {
}
