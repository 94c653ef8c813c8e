package org.leoprotocol.evidence;

/**
 * Where an item stands in custody: active, pending deletion for the recovery window, or deleted (its bytes gone, its
 * record and custody history kept as a tombstone).
 */
public enum ItemState {
	ACTIVE, DELETION_PENDING, DELETED
}
