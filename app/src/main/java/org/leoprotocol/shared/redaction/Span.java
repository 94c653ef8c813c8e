package org.leoprotocol.shared.redaction;

/** A stretch [start, end) of a text the gate takes out, with its replacement and the reason. */
record Span(int start, int end, String mark, String reason) {

	boolean overlaps(Span other) {
		return start < other.end && other.start < end;
	}

	int length() {
		return end - start;
	}
}
