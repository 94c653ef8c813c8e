package org.leoprotocol.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a facade method taking a protected record's identifier neither reads nor changes the record itself, so
 * no access is audited: a need-to-know decision (whose refusal is audited where it is decided), or a lookup of a
 * reference number. The reason is said, so that a reviewer can weigh it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditExempt {

	/** Why the call needs no audit record. */
	String value();
}
