package org.leoprotocol.investigations.conflict;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.personnel.OfficerId;

/**
 * One reason an investigator may not handle a case. Investigations must be impartial: the NJ Attorney General's
 * Internal Affairs Policy &amp; Procedures bars anyone with a personal or supervisory stake from investigating, and
 * scenario 000 has a Chief who must not handle a complaint against his own department's officer when his family is
 * involved. Each rule answers the reason for refusal, or nothing.
 */
public interface ConflictRule {

	Optional<String> conflict(Investigator candidate, List<OfficerId> accused);
}
