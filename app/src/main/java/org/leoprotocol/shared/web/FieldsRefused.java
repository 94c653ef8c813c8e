package org.leoprotocol.shared.web;

import java.util.Collection;
import java.util.List;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * A form sent with fields that cannot be taken as they are (a title left empty, a code that does not match): the page
 * shows the form again with each field's problem next to what was typed. The form was read but what it says cannot be
 * processed, so it is answered 422 (unprocessable content), through {@link Refusals#answered} on the form's page and by
 * the one mapping when an API raises it; a refinement that {@link ListedProblems lists its problems} gives an API
 * client each field's problem in its language.
 */
public class FieldsRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	private final transient List<String> fields;

	/**
	 * The fields that need changes, in form order, by the names the form sends them under; the refusal names each as a
	 * word of the reader's language ({@code word.field.<name>}).
	 */
	public FieldsRefused(Collection<String> fields) {
		super("input.fields.refused",
				Sentence.listed(fields.stream().map(field -> new Phrase("word.field." + field)).toList()));
		this.fields = List.copyOf(fields);
	}

	/** The names of the fields that need changes, in form order. */
	public List<String> fields() {
		return fields;
	}

	@Override
	public int status() {
		return 422;
	}
}
