package org.leoprotocol.audit;

/** An audit record with its position in the trail, which orders records and pages through them. */
record TrailEntry(long position, AuditRecord record) {
}
