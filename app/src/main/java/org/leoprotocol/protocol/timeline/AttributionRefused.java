package org.leoprotocol.protocol.timeline;

import org.leoprotocol.shared.web.Explained;

/**
 * Leo refuses to record who did something, or to amend it: a performer not chosen, an officer who is not on the
 * incident, an amendment without a reason, or approved by the staff member who proposed it. {@code conflict} says the
 * record's state forbids it (409) rather than the request lacking something (422).
 */
public class AttributionRefused extends RuntimeException implements Explained {

	private final String messageKey;
	private final boolean conflict;
	private final transient Object[] arguments;

	private AttributionRefused(String english, String messageKey, boolean conflict, Object... arguments) {
		super(english);
		this.messageKey = messageKey;
		this.conflict = conflict;
		this.arguments = arguments;
	}

	/** The request lacks what Leo needs to record it (answered 422). */
	static AttributionRefused incomplete(String english, String messageKey, Object... arguments) {
		return new AttributionRefused(english, messageKey, false, arguments);
	}

	/** The record as it stands forbids the change (answered 409). */
	static AttributionRefused conflict(String english, String messageKey, Object... arguments) {
		return new AttributionRefused(english, messageKey, true, arguments);
	}

	public boolean conflict() {
		return conflict;
	}

	@Override
	public String messageKey() {
		return messageKey;
	}

	@Override
	public Object[] messageArguments() {
		return arguments.clone();
	}
}
