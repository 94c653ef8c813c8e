package org.leoprotocol.transparency.web;

/** One kind of incident under Leo's Protocol, as published; an empty median means too few cases to show one. */
public record IncidentRow(String kind, String incidents, String escalations, String reunifications,
		String medianMinutes) {
}
