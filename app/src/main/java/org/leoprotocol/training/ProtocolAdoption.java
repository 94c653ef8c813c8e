package org.leoprotocol.training;

import org.leoprotocol.protocol.ProtocolVersionPublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a protocol version is published, every officer must acknowledge it: a module for the version is created at once
 * from its name and notes, and command staff may add more (a video, a drill) from the training page.
 */
@Component
class ProtocolAdoption {

	private final Training training;

	ProtocolAdoption(Training training) {
		this.training = training;
	}

	@ApplicationModuleListener
	void on(ProtocolVersionPublished published) {
		training.requireAcknowledgementOf(published.version(), published.name(), published.notes());
	}
}
