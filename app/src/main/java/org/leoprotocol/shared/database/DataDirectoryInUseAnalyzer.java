package org.leoprotocol.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused start in two sentences instead of a stack trace. */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Stop the other Leo first, or start this one with its own data directory, e.g. "
						+ "--leo.database.embedded.directory=/path/to/other-data (and another --server.port).",
				cause);
	}
}
