/**
 * Evidence: body-camera and CCTV video, photos, documents and phone records, taken in by streaming upload and hashed on
 * the way in, kept in an evidence store, opened only to staff with a need to know, and watched by a tamper-evident
 * custody ledger (an RFC 9162 Merkle log with signed tree heads) that records every custody event before it happens.
 * Exports are per-recipient, watermarked copies whose hashes trace a leak back to its export.
 *
 * <p>
 * This package holds the facades ({@link org.leoprotocol.evidence.EvidenceIntake},
 * {@link org.leoprotocol.evidence.EvidenceCustody}, {@link org.leoprotocol.evidence.EvidenceExports},
 * {@link org.leoprotocol.evidence.LeakTrace}, {@link org.leoprotocol.evidence.EvidenceRetention}), the identifiers,
 * values and events they answer with, what other modules use ({@link org.leoprotocol.evidence.CaseTeams}), the evidence
 * pages and API, the role expressions they share ({@link org.leoprotocol.evidence.EvidenceRoles}) and the answer for
 * opened content ({@link org.leoprotocol.evidence.ContentResponses}). The concepts live below it: {@code item} (the
 * items and their links to cases and incidents), {@code intake} (resumable streamed uploads and content sniffing),
 * {@code access} (need to know), {@code custody} (the custody ledger at work: events, stored tree, signed heads,
 * checkpoints, key, witnesses, verification), {@code ledger} (the Spring-free ledger mathematics), {@code export}
 * (watermarked exports and leak tracing), {@code retention} (categories and legal holds), {@code store} (blob stores:
 * filesystem and S3), {@code bodycamera} (camera assignments and footage placed in time), {@code backup} (backup and
 * restore of the installation) and {@code web} (what the pages render).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
		allowedDependencies = { "access", "conflicts", "personnel", "audit", "shared", "shared :: web",
				"shared :: phrase", "shared :: document" })
package org.leoprotocol.evidence;
