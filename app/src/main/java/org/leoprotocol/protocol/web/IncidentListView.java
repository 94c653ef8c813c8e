package org.leoprotocol.protocol.web;

import java.util.List;

/** The incidents page: recent incidents, newest first, and whether the reader may open a new one. */
public record IncidentListView(List<IncidentRow> incidents, boolean mayOpen) {
}
