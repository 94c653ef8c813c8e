package org.leoprotocol.personnel.web;

import org.leoprotocol.personnel.ImportReport;

/** The roster import page, with the report of the last import when there was one. */
public record ImportView(String header, ImportReport report, String fileName) {
}
