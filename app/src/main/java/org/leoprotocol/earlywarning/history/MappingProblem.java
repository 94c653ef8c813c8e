package org.leoprotocol.earlywarning.history;

/**
 * One thing wrong with a history mapping file, at the line that says it ({@code 0} when the problem is something
 * missing, which has no line of its own), so an administrator can fix the file line by line.
 */
public record MappingProblem(int line, String message) {

	/** "line 12: ..." or the message alone when it has no line. */
	public String words() {
		return line > 0 ? "line " + line + ": " + message : message;
	}
}
