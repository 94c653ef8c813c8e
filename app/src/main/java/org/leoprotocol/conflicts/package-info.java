/**
 * Conflicts of interest: one policy that answers "may this person act on this record, and if not, why" for every kind
 * of record a decision is taken on. Conflicts come from relations staff declare (to officers and to members of the
 * public), from being a party to the record, from the chain of command and from roles already held on the same case. A
 * conflicted decider is recused and the decision passes to the alternate the agency designates; modules tell the policy
 * who the parties of their records are through {@link org.leoprotocol.conflicts.RecordParties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conflicts of interest",
		allowedDependencies = { "personnel", "access", "audit", "shared", "shared :: web",
				"shared :: phrase" })
package org.leoprotocol.conflicts;
