package org.leoprotocol.protocol.web;

import java.util.List;

import org.leoprotocol.shared.Phrase;

/** A raised escalation: the role it notified, the people it reached (with when) and those who acknowledged it. */
public record EscalationRow(String step, int level, Phrase notified, String dueAt, String raisedAt,
		List<String> reached,
		List<String> acknowledgedBy) {
}
