package org.leoprotocol.evidence;

/**
 * What happened to an item in custody. The list follows the evidence audit trails of the commercial systems courts
 * already know (Axon Evidence's "viewed, streamed, downloaded, shared, retention updated, deleted, restored" in its
 * published audit-trail events) and CJIS Security Policy 5.4.1.1, item 2: every use of a read, write or delete
 * permission on a file.
 */
public enum CustodyAction {
	/** Taken into custody: the detail carries the SHA-256 computed while the bytes arrived. */
	INGESTED,
	/** Its record and metadata were opened by a staff member. */
	VIEWED,
	/** Played in the browser, from the first byte sent. */
	STREAMED,
	/** The original bytes left Leo as a file. */
	DOWNLOADED,
	/** A watermarked, per-recipient copy was made; the detail carries recipient, export id and both hashes. */
	EXPORTED,
	/** Access was granted to someone outside the case team. */
	SHARED,
	/** Linked to a case or incident. */
	LINKED,
	/** A retention category was applied. */
	RETENTION_SET,
	/** A legal hold now blocks deletion. */
	HOLD_PLACED,
	/** The legal hold was lifted. */
	HOLD_LIFTED,
	/** Queued for deletion (recoverable for 7 days) or purged. */
	DELETED,
	/** Taken back out of the deletion queue. */
	RESTORED,
	/**
	 * Not an item's event: the audit trail's hash chain head at the time, entered under
	 * {@link org.leoprotocol.evidence.custody.AuditHeads#AUDIT_TRAIL} so the ledger's signed tree heads vouch for the
	 * audit trail too.
	 */
	AUDIT_SEALED
}
