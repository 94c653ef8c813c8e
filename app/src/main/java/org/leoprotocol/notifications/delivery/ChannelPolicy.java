package org.leoprotocol.notifications.delivery;

import java.util.EnumSet;
import java.util.Set;

import org.leoprotocol.notifications.preferences.Choice;

/**
 * Decides the channels of a notice: the inbox always, mail and webhook as the recipient chose for its kind; a notice
 * that may not be muted (an escalation of a child's incident) goes to every channel whatever was chosen.
 */
final class ChannelPolicy {

	private ChannelPolicy() {
	}

	static Set<Channel> channels(boolean muteable, Choice choice) {
		if (!muteable) {
			return EnumSet.allOf(Channel.class);
		}
		Set<Channel> channels = EnumSet.of(Channel.INBOX);
		if (choice.email()) {
			channels.add(Channel.EMAIL);
		}
		if (choice.webhook()) {
			channels.add(Channel.WEBHOOK);
		}
		return channels;
	}
}
