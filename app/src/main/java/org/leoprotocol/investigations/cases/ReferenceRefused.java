package org.leoprotocol.investigations.cases;

import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.shared.InvalidInput;

/**
 * A reference from a case file that does not name a record the staff member may choose: none exists with that id, or it
 * exists but is closed to them (another team's internal-affairs evidence, a case in which they are accused or
 * conflicted), or it is not a record of the kind said. Answered 400 in the API and said on the page in the reader's
 * language; what a closed record holds is never said.
 */
class ReferenceRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	private ReferenceRefused(String key, Object... arguments) {
		super(key, arguments);
	}

	static ReferenceRefused missing(CaseEntry.Kind kind) {
		return new ReferenceRefused("investigations.reference.missing", noun(kind));
	}

	static ReferenceRefused none() {
		return new ReferenceRefused("investigations.reference.none");
	}

	static ReferenceRefused unknown(CaseEntry.Kind kind, String reference) {
		return new ReferenceRefused("investigations.reference.unknown." + kind.name(), reference);
	}

	static ReferenceRefused closed(CaseEntry.Kind kind, String reference) {
		return new ReferenceRefused("investigations.reference.closed." + kind.name(), reference);
	}

	static ReferenceRefused itself(String caseNumber) {
		return new ReferenceRefused("investigations.reference.itself", caseNumber);
	}

	private static String noun(CaseEntry.Kind kind) {
		return switch (kind) {
			case PRIOR_CASE -> "case";
			case EVIDENCE -> "evidence item";
			case INCIDENT -> "incident";
			case PROTOCOL_FINDING -> "protocol finding";
			case STATEMENT -> "statement";
		};
	}
}
