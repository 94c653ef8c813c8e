package org.leoprotocol.complaints.web;

/**
 * The confirmation page: the tracking code and access key, shown once, and what happens next.
 *
 * @param kind {@code COMPLAINT} or {@code COMMENDATION}, which the page names in the visitor's language
 */
public record AcknowledgementView(String kind, String trackingCode, String accessKey, String receivedAt,
		boolean repeated) {
}
