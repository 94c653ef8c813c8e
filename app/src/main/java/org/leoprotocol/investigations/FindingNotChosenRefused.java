package org.leoprotocol.investigations;

import org.leoprotocol.shared.web.Explained;

/**
 * A finding recorded without one chosen. The form offers no default, so that nobody records "not sustained" (or any
 * other finding) by leaving a select as it was; Leo refuses the missing choice instead of guessing (400).
 */
public class FindingNotChosenRefused extends IllegalArgumentException implements Explained {

	public FindingNotChosenRefused() {
		super("Choose the finding (sustained, not sustained, exonerated, unfounded, ...): none was chosen");
	}

	@Override
	public String messageKey() {
		return "needtoknow.finding.choose";
	}
}
