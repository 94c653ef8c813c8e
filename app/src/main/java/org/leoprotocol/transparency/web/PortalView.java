package org.leoprotocol.transparency.web;

import java.util.List;

/**
 * The portal page: complaint charts, the median days from receipt to closure, Leo's Protocol per kind of incident and
 * commendations, all under the chosen filters. An empty median means fewer than five cases.
 */
public record PortalView(FilterView filters, List<ChartView> complaintCharts, String medianClosureDays,
		ChartView incidents, List<IncidentRow> incidentRows, String medianEngagementMinutes, ChartView commendations) {
}
