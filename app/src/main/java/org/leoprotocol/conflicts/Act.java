package org.leoprotocol.conflicts;

/**
 * What a person means to do with a record; the rules that apply depend on it. Reading a record is barred by a personal
 * stake; investigating it also by the chain of command (a supervisor answers for the conduct under investigation);
 * deciding it also by a role already held on the case (who investigated does not judge).
 */
public enum Act {
	VIEW, INVESTIGATE, DECIDE
}
