package org.leoprotocol.transparency.officer;

/** The orders offered, by the value sent in the address. */
enum OfficerOrder {
	NAME("name"), NAME_DESCENDING("-name"), UPDATED("updated");

	private final String parameter;

	OfficerOrder(String parameter) {
		this.parameter = parameter;
	}

	String parameter() {
		return parameter;
	}
}
