package org.leoprotocol.earlywarning.history;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * One thing wrong with a history mapping file, at the line that says it ({@code 0} when the problem is something
 * missing, which has no line of its own), so an administrator can fix the file line by line. The problem is a sentence
 * the reader reads in their own language; in the API it is said in the client's.
 */
public record MappingProblem(int line, Sentence message) {

	static MappingProblem at(int line, String key, Object... arguments) {
		return new MappingProblem(line, Sentence.of(key, arguments));
	}

	/** A problem that has no line of its own: something the mapping lacks, or its file's name. */
	public static MappingProblem of(String key, Object... arguments) {
		return at(0, key, arguments);
	}

	/** "line 12: ..." or the problem alone when it has no line. */
	public Sentence said() {
		return line > 0 ? Sentence.of("earlywarning.mapping.atLine", String.valueOf(line), message) : message;
	}
}
