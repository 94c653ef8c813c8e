package org.leoprotocol.protocol.cad;

import java.util.List;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.web.ListedProblems;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * An import refused before anything was stored, with every problem found, each saying where it is. The JSON was read
 * but its incidents contradict the rules Leo keeps for them, so the import is answered 422 (unprocessable content), not
 * 400.
 */
public final class CadImportRefused extends InvalidInput implements ListedProblems {

	private static final long serialVersionUID = 1L;

	private final transient List<Sentence> problems;

	CadImportRefused(List<Sentence> problems) {
		super("protocol.cad.refused", problems.size(), problems.get(0));
		this.problems = List.copyOf(problems);
	}

	CadImportRefused(Sentence problem) {
		this(List.of(problem));
	}

	@Override
	public int status() {
		return 422;
	}

	@Override
	public String titleKey() {
		return "protocol.cad.refused.title";
	}

	@Override
	public List<Sentence> problems() {
		return problems;
	}
}
