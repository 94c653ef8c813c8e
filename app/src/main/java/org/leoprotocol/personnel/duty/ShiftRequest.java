package org.leoprotocol.personnel.duty;

/**
 * A shift as staff write it: the officer's badge, the unit's code, the post, and start and end in the agency's local
 * time ({@code 2026-12-05T07:00}). The same for a form, a JSON request and a row of a CSV file.
 */
public record ShiftRequest(String badge, String unit, String post, String starts, String ends) {
}
