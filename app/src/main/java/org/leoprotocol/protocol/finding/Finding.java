package org.leoprotocol.protocol.finding;

import java.time.Duration;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.FindingKind;

/** A finding of gap analysis before it is stored: what, about whom, how long, in words. */
record Finding(FindingKind kind, OfficerId officer, Duration measured, String summary) {
}
