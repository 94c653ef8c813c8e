package org.leoprotocol.protocol.cad;

import java.util.List;

/** An import refused before anything was stored, with every problem found, each saying where it is. */
public class CadImportRefused extends RuntimeException {

	private final List<String> problems;

	CadImportRefused(List<String> problems) {
		super(problems.size() == 1 ? "The import was refused: " + problems.get(0)
				: "The import was refused: " + problems.size() + " problems, each listed");
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
