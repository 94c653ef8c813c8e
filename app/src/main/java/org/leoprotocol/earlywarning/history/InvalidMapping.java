package org.leoprotocol.earlywarning.history;

import java.util.List;
import java.util.Map;

import org.leoprotocol.shared.web.UnprocessableContent;

/**
 * A mapping file that Leo cannot use, with every problem found and the line it is on. The file was read but says things
 * Leo cannot follow, so it is answered 422 (unprocessable content); an API client finds every problem said in its
 * language under {@code problems}, and each with its line number under {@code lines}.
 */
public final class InvalidMapping extends UnprocessableContent {

	private static final long serialVersionUID = 1L;

	private final transient List<MappingProblem> lines;

	public InvalidMapping(String name, List<MappingProblem> problems) {
		super("historyimport.mapping.unusable", problems.stream().map(MappingProblem::said).toList(),
				"earlywarning.mapping.invalid", name, problems.size(), problems.get(0).said());
		this.lines = List.copyOf(problems);
	}

	/** Every problem with the line it is on, in the order of the file. */
	public List<MappingProblem> lines() {
		return lines;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("lines", lines);
	}
}
