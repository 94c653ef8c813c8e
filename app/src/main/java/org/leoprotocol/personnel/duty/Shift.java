package org.leoprotocol.personnel.duty;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/** An officer at a post over a unit from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
public record Shift(UUID id, OfficerId officer, UUID unitId, Post post, Instant startsAt, Instant endsAt) {

	public Shift {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A shift must end after it starts");
		}
	}

	public boolean covers(Instant at) {
		return !startsAt.isAfter(at) && endsAt.isAfter(at);
	}
}
