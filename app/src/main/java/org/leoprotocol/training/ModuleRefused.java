package org.leoprotocol.training;

import java.util.List;
import java.util.Map;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.web.ListedProblems;

/**
 * A training module that cannot be published as written: answered 400, naming the fields to change, with each field's
 * problem in the reader's language under {@code problems}, so that the module can be corrected in one go.
 */
final class ModuleRefused extends InvalidInput implements ListedProblems {

	private static final long serialVersionUID = 1L;

	private final transient List<Sentence> problems;

	/** The problems by field, in form order, as message keys. */
	ModuleRefused(Map<String, String> problems) {
		super("training.module.invalid", String.join(", ", problems.keySet()));
		this.problems = problems.values().stream().map(key -> Sentence.of(key)).toList();
	}

	@Override
	public String titleKey() {
		return "training.module.refused";
	}

	@Override
	public List<Sentence> problems() {
		return problems;
	}
}
