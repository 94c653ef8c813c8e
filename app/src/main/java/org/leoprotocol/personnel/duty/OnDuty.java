package org.leoprotocol.personnel.duty;

import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/** An active officer on a shift at the moment asked about: who, over which unit, at which post. */
public record OnDuty(OfficerId officer, UUID unitId, Post post) {
}
