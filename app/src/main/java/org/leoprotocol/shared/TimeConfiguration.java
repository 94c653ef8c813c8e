package org.leoprotocol.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every deadline, audit time stamp and status change reads time from this one {@link Clock}, so that tests can move
 * time and so that all nodes agree on UTC (CJIS Security Policy 5.4.4: time stamps from the system clock).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}
