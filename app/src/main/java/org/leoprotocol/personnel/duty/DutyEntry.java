package org.leoprotocol.personnel.duty;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/** One shift as the duty page and API show it: who, their status now, where, at which post, from when to when. */
public record DutyEntry(UUID shift, OfficerId officer, String badge, String name, String status, String unitCode,
		String unitName, Post post, Instant startsAt, Instant endsAt) {
}
