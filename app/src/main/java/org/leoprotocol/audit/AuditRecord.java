package org.leoprotocol.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One audited event. {@code actor} is the staff user name, or the attempted name for a failed login; the source address
 * is the client as seen by Leo (behind a proxy, configure forwarded headers).
 */
public record AuditRecord(UUID id, Instant occurredAt, String actor, ActorKind actorKind, AuditAction action,
		String component, RecordReference record, Outcome outcome, String sourceAddress, String detail) {
}
