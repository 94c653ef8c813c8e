package org.leoprotocol.notifications.delivery;

import org.junit.jupiter.api.Test;
import org.leoprotocol.notifications.preferences.Choice;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelPolicyTests {

	@Test
	void theInboxAlwaysReceivesAndTheOtherChannelsAsChosen() {
		assertThat(ChannelPolicy.channels(true, new Choice(false, false))).containsExactly(Channel.INBOX);
		assertThat(ChannelPolicy.channels(true, new Choice(true, false))).containsExactly(Channel.INBOX, Channel.EMAIL);
		assertThat(ChannelPolicy.channels(true, new Choice(false, true))).containsExactly(Channel.INBOX,
				Channel.WEBHOOK);
	}

	@Test
	void aNoticeThatMayNotBeMutedGoesToEveryChannel() {
		assertThat(ChannelPolicy.channels(false, new Choice(false, false))).containsExactly(Channel.values());
	}
}
