package org.leoprotocol.protocol.web;

import java.util.List;

/** A raised escalation: the people it reached (with when) and those who acknowledged it. */
public record EscalationRow(String step, int level, String notified, String dueAt, String raisedAt,
		List<String> reached,
		List<String> acknowledgedBy) {
}
