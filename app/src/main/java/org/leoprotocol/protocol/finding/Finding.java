package org.leoprotocol.protocol.finding;

import java.time.Duration;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * A finding of gap analysis before it is stored: what, about whom, how long, and a sentence saying it (its key under
 * {@code incident-finding.}, its arguments as text, so that it is stored and read back as it was).
 */
record Finding(FindingKind kind, OfficerId officer, Duration measured, Sentence summary) {
}
