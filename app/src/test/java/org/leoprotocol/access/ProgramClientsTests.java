package org.leoprotocol.access;

import java.io.InputStream;
import java.time.Clock;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class ProgramClientsTests {

	@Test
	void httpBasicIsOffUnlessTurnedOn() throws Exception {
		HttpSecurity off = mock(HttpSecurity.class);
		HttpSecurity on = mock(HttpSecurity.class);

		new ProgramClients(null, null, null, null, Clock.systemUTC(), false).configure(off);
		new ProgramClients(null, null, null, null, Clock.systemUTC(), true).configure(on);

		verify(off, never()).httpBasic(any());
		verify(on).httpBasic(any());
		verify(off).addFilterBefore(any(BearerTokenFilter.class), any());
	}

	@Test
	void theShippedSettingLeavesHttpBasicOff() throws Exception {
		Properties shipped = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			shipped.load(in);
		}
		assertThat(shipped.getProperty("leo.security.http-basic")).isEqualTo("${LEO_HTTP_BASIC:false}");
		assertThat(shipped.getProperty("server.tomcat.remoteip.internal-proxies")).isEqualTo("${LEO_TRUSTED_PROXIES:}");
	}
}
