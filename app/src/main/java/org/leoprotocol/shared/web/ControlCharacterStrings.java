package org.leoprotocol.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every JSON string Leo is sent and refuses one holding a control character ({@link ControlCharacters}), naming
 * the property it came in; {@code ApiProblems} answers 400 with that name.
 */
class ControlCharacterStrings extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		if (value != null && ControlCharacters.foundIn(value)) {
			String field = parser.currentName();
			throw new ControlCharacterRefused(field == null ? "?" : field);
		}
		return value;
	}
}
