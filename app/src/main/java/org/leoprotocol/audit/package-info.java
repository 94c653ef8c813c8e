/**
 * The audit trail: an append-only record of every staff read and change of a protected record and of every login
 * attempt, with the fields the FBI CJIS Security Policy 5.4.1.1 asks for (who, what, when, where, type of event and
 * outcome). The table refuses UPDATE, DELETE and TRUNCATE in the database itself (CJIS 5.4.5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.leoprotocol.audit;
