/**
 * Evidence: body-camera and CCTV video, photos, documents and phone records, taken in by streaming upload and hashed on
 * the way in, kept in an evidence store, opened only to staff with a need to know, and watched by a tamper-evident
 * custody ledger (an RFC 9162 Merkle log with signed tree heads) that records every custody event before it happens.
 * Exports are per-recipient, watermarked copies whose hashes trace a leak back to its export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
		allowedDependencies = { "access", "conflicts", "personnel", "audit", "shared", "shared :: web" })
package org.leoprotocol.evidence;
