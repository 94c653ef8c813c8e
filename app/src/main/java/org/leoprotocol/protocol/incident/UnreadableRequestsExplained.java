package org.leoprotocol.protocol.incident;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marked the JSON APIs of Leo's Protocol (incident, protocol, broadcast, reunification) whose unreadable request bodies
 * were explained by an advice of their own. Every API now gets that answer from the one mapping of refusals in
 * {@code shared.web} (400, in the reader's language, saying what could not be read), so the mark no longer changes
 * anything and can be taken off the four APIs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UnreadableRequestsExplained {
}
