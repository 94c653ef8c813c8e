package org.leoprotocol.investigations.cases;

import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.shared.web.Explained;

/**
 * A reference from a case file that does not name a record the staff member may choose: none exists with that id, or it
 * exists but is closed to them (another team's internal-affairs evidence, a case in which they are accused or
 * conflicted), or it is not a record of the kind said. Answered 400 in the API and said on the page in the reader's
 * language; what a closed record holds is never said.
 */
class ReferenceRefused extends IllegalArgumentException implements Explained {

	private final String key;
	private final transient Object[] arguments;

	private ReferenceRefused(String key, String english, Object... arguments) {
		super(english);
		this.key = key;
		this.arguments = arguments;
	}

	static ReferenceRefused missing(CaseEntry.Kind kind) {
		return new ReferenceRefused("investigations.reference.missing",
				"Choose the " + noun(kind) + " this entry refers to.", noun(kind));
	}

	static ReferenceRefused none() {
		return new ReferenceRefused("investigations.reference.none",
				"Choose the record this entry refers to: none was chosen.");
	}

	static ReferenceRefused unknown(CaseEntry.Kind kind, String reference) {
		String english = kind == CaseEntry.Kind.PROTOCOL_FINDING
				? "There is no protocol finding " + reference
						+ " against an officer of this case: choose one from the list."
				: "There is no " + noun(kind) + " " + reference + ": choose one from the list.";
		return new ReferenceRefused("investigations.reference.unknown." + kind.name(), english, reference);
	}

	static ReferenceRefused closed(CaseEntry.Kind kind, String reference) {
		return new ReferenceRefused("investigations.reference.closed." + kind.name(),
				capitalized(noun(kind)) + " " + reference
						+ " is not one you may see, so it cannot be referred to; the attempt has been recorded.",
				reference);
	}

	static ReferenceRefused itself(String caseNumber) {
		return new ReferenceRefused("investigations.reference.itself",
				"Case " + caseNumber + " cannot refer to itself.", caseNumber);
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

	private static String capitalized(String noun) {
		return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
	}

	@Override
	public String messageKey() {
		return key;
	}

	@Override
	public Object[] messageArguments() {
		return arguments;
	}
}
