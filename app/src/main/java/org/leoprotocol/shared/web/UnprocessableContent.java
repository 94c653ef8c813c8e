package org.leoprotocol.shared.web;

import java.util.List;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * A file or batch that was read whole but says things Leo cannot follow: rows that contradict the roster, incidents
 * that break the rules kept for them, a mapping naming columns the export does not have. It is refused as a whole,
 * before anything is stored, and every problem found is named so the sender can correct them all and send it again.
 * Being well-formed but wrong, it is answered 422 (unprocessable content, RFC 9110 section 15.5.21), not 400. A module
 * names its own such refusal by extending this one with its message key, its title key and its problems.
 */
public abstract class UnprocessableContent extends InvalidInput implements ListedProblems {

	private static final long serialVersionUID = 1L;

	private final String titleKey;
	private final transient List<Sentence> problems;

	protected UnprocessableContent(String titleKey, List<Sentence> problems, String key, Object... arguments) {
		super(key, arguments);
		this.titleKey = titleKey;
		this.problems = List.copyOf(problems);
	}

	@Override
	public final int status() {
		return 422;
	}

	@Override
	public final String titleKey() {
		return titleKey;
	}

	@Override
	public final List<Sentence> problems() {
		return problems;
	}
}
