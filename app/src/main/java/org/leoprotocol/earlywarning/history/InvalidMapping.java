package org.leoprotocol.earlywarning.history;

import java.util.List;

/** A mapping file that Leo cannot use, with every problem found and the line it is on. */
public class InvalidMapping extends IllegalArgumentException {

	private final transient List<MappingProblem> problems;

	public InvalidMapping(String name, List<MappingProblem> problems) {
		super("The mapping " + name + " cannot be used: "
				+ String.join("; ", problems.stream().map(MappingProblem::words).toList()));
		this.problems = List.copyOf(problems);
	}

	public List<MappingProblem> problems() {
		return problems;
	}
}
