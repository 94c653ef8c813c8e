package org.leoprotocol.audit;

/** Whether the audited attempt succeeded; CJIS 5.4.1.1 asks for failures as much as for successes. */
public enum Outcome {
	SUCCESS,
	FAILURE
}
