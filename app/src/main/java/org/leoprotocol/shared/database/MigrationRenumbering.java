package org.leoprotocol.shared.database;

/**
 * A migration that shipped under one number and ships, unchanged, under another: its number when it first shipped, its
 * number now, and its description, which together name the script Flyway finds today.
 */
record MigrationRenumbering(String shipped, String now, String description) {

	String script() {
		return "V" + now + "__" + description.replace(' ', '_') + ".sql";
	}
}
