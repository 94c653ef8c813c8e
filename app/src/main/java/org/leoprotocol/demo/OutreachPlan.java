package org.leoprotocol.demo;

/**
 * A kind of community outreach event the demo agency has held in past months: its title, where it takes place, what
 * happens there (one activity a line) and how many people it has room for.
 */
record OutreachPlan(String title, String place, String activities, int capacity) {
}
