package org.leoprotocol.protocol.web;

import java.util.List;

/**
 * The field view an officer reads on a phone: the open incidents they may see, and for one of them the next step with
 * its clock, a one-tap "done" recorded as the officer themself, the body-camera reminder and the broadcast that never
 * names the person.
 */
public record FieldView(List<Item> incidents, Detail detail, String notice, String problem) {

	/** An open incident in the list: what it is, where, and its next step. */
	public record Item(String link, String kind, String priority, String location, String nextStep, String due) {
	}

	/**
	 * One incident: the next step the reader may tick off ({@code stepCode} empty when none is left for them), its due
	 * time and the time left or late, whether the reader's body camera has not been recorded as on, and the broadcast.
	 */
	public record Detail(String id, String kind, String priority, String location, String description, String stepCode,
			String stepTitle, String due, String clock, boolean late, boolean cameraReminder, String broadcast,
			boolean broadcastIssued, String doneAction, String broadcastAction, String incidentLink) {
	}
}
