package org.leoprotocol.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused start in two sentences instead of a stack trace. */
class StartRefusedAnalyzer extends AbstractFailureAnalyzer<StartRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartRefused cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.action(), cause);
	}
}
