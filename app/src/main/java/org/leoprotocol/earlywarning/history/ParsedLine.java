package org.leoprotocol.earlywarning.history;

/**
 * One row of an export file as the mapping read it, waiting to be stored.
 *
 * @param row the row's line number in its file, for the report
 * @param value an {@link ImportedOfficer}, an {@link ImportedComplaint} or a {@link NumberedAllegation} allegation, by
 * the file's role
 */
record ParsedLine(long row, Object value) {
}
