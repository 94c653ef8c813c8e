package org.leoprotocol.shared;

import java.time.Instant;

/**
 * Tokens a node took from a client's shared bucket at once and may still hand out by itself until {@code until}, so
 * that most requests are counted without a trip to the database; {@code granted} says whether the last take got one.
 */
record BucketLease(int remaining, Instant until, boolean granted) {

	BucketLease takeOne(Instant now) {
		return remaining > 0 && now.isBefore(until) ? new BucketLease(remaining - 1, until, true)
				: new BucketLease(0, until, false);
	}

	boolean expired(Instant now) {
		return !now.isBefore(until);
	}
}
