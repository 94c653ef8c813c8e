package org.leoprotocol.earlywarning.model;

import org.leoprotocol.shared.web.Explained;

/** A model request that cannot be answered as asked: an agency without history, a date that is not a date. */
class ModelRefused extends IllegalArgumentException implements Explained {

	private final String key;
	private final transient Object[] arguments;

	ModelRefused(String message, String key, Object... arguments) {
		super(message);
		this.key = key;
		this.arguments = arguments;
	}

	static ModelRefused noHistory(String agency) {
		return new ModelRefused("No history is imported for agency " + agency, "ewmodel.error.agency", agency);
	}

	static ModelRefused badDate(String text) {
		return new ModelRefused("The date must look like 2019-01-01: '" + text + "'", "ewmodel.error.date");
	}

	@Override
	public String messageKey() {
		return key;
	}

	@Override
	public Object[] messageArguments() {
		return arguments;
	}
}
