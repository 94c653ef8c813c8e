package org.leoprotocol.complaints.web;

/** The confirmation page: the tracking code and access key, shown once, and what happens next. */
public record AcknowledgementView(String kind, String trackingCode, String accessKey, String receivedAt, boolean repeated) {
}
