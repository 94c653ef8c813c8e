package org.leoprotocol.earlywarning.history.job;

/** How far an import job has come: still reading, finished with its report, or failed. */
public enum ImportState {
	RUNNING, DONE, FAILED
}
