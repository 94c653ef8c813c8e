package org.leoprotocol.evidence.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A retention category: how long an item is kept after it was recorded, and the rule that says so. No period means
 * "until deleted by hand" (Axon's default for a new category; criminal cases kept to final disposition). The defaults
 * come from state law: Texas (Code of Criminal Procedure Art. 2B.0106) and Illinois (50 ILCS 706/10-20) 90 days,
 * California (Penal Code 832.18(b)(5)) 2 years for evidentiary recordings.
 */
public record RetentionCategory(String code, String name, Period period, String basis) {

	/** The end of retention for a recording made at {@code base}; empty when kept until deleted by hand. */
	public Optional<Instant> until(Instant base) {
		return period == null ? Optional.empty() : Optional.of(base.atOffset(ZoneOffset.UTC).plus(period).toInstant());
	}
}
