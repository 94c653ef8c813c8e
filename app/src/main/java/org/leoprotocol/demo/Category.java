package org.leoprotocol.demo;

/** The categories of the generated complaints, with what the complainant wrote. */
enum Category {
	DISCOURTESY("The officer was rude to me and would not give his name."),
	ABUSE_OF_AUTHORITY("The officer searched my car without a reason and threatened to arrest me."),
	FAILURE_TO_TAKE_REPORT("I reported a burglary and the officer would not take a report."),
	FORCE("The officer pushed me against the car although I did not resist."),
	NEGLECT_OF_DUTY("I called for help and the officer did not come back to follow up."),
	OFFENSIVE_LANGUAGE("The officer swore at me in front of my neighbours."),
	PROTOCOL_VIOLATION("The officer did not speak to my lost child for several minutes.");

	private final String narrative;

	Category(String narrative) {
		this.narrative = narrative;
	}

	String narrative() {
		return narrative;
	}

	org.leoprotocol.investigations.Category investigations() {
		return org.leoprotocol.investigations.Category.valueOf(name());
	}

	String label() {
		return investigations().label();
	}
}
