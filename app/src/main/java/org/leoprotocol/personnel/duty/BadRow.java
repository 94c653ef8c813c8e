package org.leoprotocol.personnel.duty;

/** A bad row: its number in the file (the header is row 1) and what is wrong with it. */
public record BadRow(long row, String problem) {
}
