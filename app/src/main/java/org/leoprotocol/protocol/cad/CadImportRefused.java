package org.leoprotocol.protocol.cad;

import java.util.List;

import org.leoprotocol.shared.web.UnprocessableContent;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * An import refused before anything was stored, with every problem found, each saying where it is. The JSON was read
 * but its incidents contradict the rules Leo keeps for them, so the import is answered 422 (unprocessable content), not
 * 400.
 */
public final class CadImportRefused extends UnprocessableContent {

	private static final long serialVersionUID = 1L;

	CadImportRefused(List<Sentence> problems) {
		super("protocol.cad.refused.title", problems, "protocol.cad.refused", problems.size(), problems.get(0));
	}

	CadImportRefused(Sentence problem) {
		this(List.of(problem));
	}
}
