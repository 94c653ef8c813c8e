package org.leoprotocol.investigations;

import org.leoprotocol.shared.InvalidInput;

/**
 * A finding recorded without one chosen. The form offers no default, so that nobody records "not sustained" (or any
 * other finding) by leaving a select as it was; Leo refuses the missing choice instead of guessing (400).
 */
public class FindingNotChosenRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	public FindingNotChosenRefused() {
		super("needtoknow.finding.choose");
	}
}
