package org.leoprotocol.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a facade method reads or changes a protected record, so that the audit trail records every call that
 * returns: who (the signed-in staff member, or Leo itself), what (the action and the record's type and identifier),
 * when and from where (FBI CJIS Security Policy 5.4.1.1). A change's record is written inside the change's own
 * transaction, so the change is never stored without it. The identifier is the parameter marked {@link AuditedRecord},
 * or the first parameter; a typed identifier such as {@code IncidentId} is recorded by its value. A call that creates
 * the record it is audited under (an export, an incident opened) names it by its result instead: see
 * {@link #recordFromResult()}. A refused call writes nothing here: the refusal is audited where it is decided.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

	/** What the call does to the record. */
	AuditAction value();

	/** The record's type as the audit trail names it ({@code Incident}, {@code Investigation}, {@code Evidence}). */
	String record();

	/**
	 * The message key of what the audit record says was done ({@code audit.detail.incident.opened}), said on the audit
	 * page in its reader's language.
	 */
	String detail();

	/**
	 * Whether the record is the one the call returns, named by its {@code id()} (a typed identifier by its value),
	 * because the record does not exist until the call makes it.
	 */
	boolean recordFromResult() default false;
}
