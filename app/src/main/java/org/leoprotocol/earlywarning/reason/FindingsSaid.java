package org.leoprotocol.earlywarning.reason;

import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A protocol finding on an officer's record as a reader is told of it. A finding Leo's own gap analysis recorded is
 * kept as its sentence ({@code incident-finding.X|argument|argument}) and said in the reader's language; one sent
 * through the API or an agency's export is kept as it was typed and said as it is. Findings gathered for a flag's
 * reason are kept one per line and said one after the other.
 */
public final class FindingsSaid {

	/** The first part of the key of every sentence gap analysis says of a finding. */
	static final String OF_GAP_ANALYSIS = "incident-finding.";

	/** {0}; {1}: one finding, then the others. */
	static final String AND = "ew.reason.findings.and";

	private FindingsSaid() {
	}

	/** One finding's description, to be said in the reader's language. */
	public static MessageSourceResolvable one(String description) {
		return description.startsWith(OF_GAP_ANALYSIS) ? Sentence.read(description)
				: new DefaultMessageSourceResolvable(new String[0], null, description);
	}

	/** Findings kept one per line, said in their order. */
	public static MessageSourceResolvable all(String described) {
		List<String> lines = described.lines().toList();
		if (lines.isEmpty()) {
			return one(described);
		}
		MessageSourceResolvable said = one(lines.get(lines.size() - 1));
		for (int line = lines.size() - 2; line >= 0; line--) {
			said = new DefaultMessageSourceResolvable(new String[] { AND },
					new Object[] { one(lines.get(line)), said });
		}
		return said;
	}
}
