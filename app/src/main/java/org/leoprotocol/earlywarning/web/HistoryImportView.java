package org.leoprotocol.earlywarning.web;

import java.util.List;

import org.leoprotocol.earlywarning.HistoryImportReport;

/** The history import page: the mappings to choose from and the report of the last import, if any. */
public record HistoryImportView(List<String> mappings, String mapping, HistoryImportReport report, String fileName) {
}
