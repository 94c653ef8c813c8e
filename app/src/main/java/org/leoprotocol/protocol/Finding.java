package org.leoprotocol.protocol;

import java.time.Duration;

import org.leoprotocol.personnel.OfficerId;

/** A finding of gap analysis before it is stored: what, about whom, how long, in words. */
record Finding(FindingKind kind, OfficerId officer, Duration measured, String summary) {
}
