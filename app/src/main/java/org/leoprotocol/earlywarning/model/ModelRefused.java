package org.leoprotocol.earlywarning.model;

import org.leoprotocol.shared.InvalidInput;

/** A model request that cannot be answered as asked: an agency without history, a date that is not a date. */
class ModelRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	ModelRefused(String key, Object... arguments) {
		super(key, arguments);
	}

	static ModelRefused noHistory(String agency) {
		return new ModelRefused("ewmodel.error.agency", agency);
	}

	static ModelRefused badDate(String text) {
		return new ModelRefused("ewmodel.error.date");
	}
}
