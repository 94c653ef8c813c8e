package org.leoprotocol.access.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenDeskTests {

	@Test
	void aTokenKeepsTheHashStoredBeforeIt() {
		// Pinned with sha256sum of the secret alone: tokens issued before must keep signing in.
		assertThat(ApiTokenDesk.hash("leo_Zm9vYmFy"))
			.isEqualTo("cced3f8905b39d5490e03e189caef4319e1c9e5a60b9550a6b303fa3c52e7463");
	}
}
