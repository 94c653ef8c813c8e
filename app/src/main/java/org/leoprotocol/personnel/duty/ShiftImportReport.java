package org.leoprotocol.personnel.duty;

/** What an import did: shifts added, and shifts the roster already had. */
public record ShiftImportReport(int added, int unchanged) {
}
