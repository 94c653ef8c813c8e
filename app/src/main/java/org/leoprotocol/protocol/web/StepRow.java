package org.leoprotocol.protocol.web;

/**
 * A step's clock as the incident page shows it: status, due time, who did it and when, and whether the reader can tick
 * it off here.
 */
public record StepRow(String code, String title, String actingRole, String anchor, String due, String status,
		String done, String late, String source, boolean markable) {
}
