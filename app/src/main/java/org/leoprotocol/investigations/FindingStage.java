package org.leoprotocol.investigations;

/**
 * Whose finding it is: the investigator's recommendation, or the reviewers' final finding. Both are kept, because the
 * difference between them is itself something oversight looks at (Chicago COPA, CPDP {@code recc_*} versus
 * {@code final_*}).
 */
public enum FindingStage {
	RECOMMENDED,
	FINAL
}
