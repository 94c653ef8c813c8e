package org.leoprotocol.access.factor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether every staff member who signs in with a Leo password must also give a second factor. The CJIS Security Policy
 * (5.6.2.2, "Advanced Authentication") requires multi-factor authentication for access to criminal justice information,
 * so it is on unless the agency sets {@code leo.access.second-factor.required=false}. A demo instance
 * ({@code leo.demo.enabled=true}) leaves it off unless set, so that visitors can try the demo accounts with their
 * password alone; every start without the requirement says so loudly in the log. Those who sign in through the
 * department's identity provider give their second factor there.
 */
@Component
public class SecondFactorSettings {

	private static final Logger log = LoggerFactory.getLogger(SecondFactorSettings.class);

	private volatile boolean required;

	SecondFactorSettings(@Value("${leo.access.second-factor.required:#{null}}") Boolean configured,
			@Value("${leo.demo.enabled:false}") boolean demo) {
		this.required = configured != null ? configured : !demo;
		if (!required) {
			log.warn("*** A SECOND FACTOR IS NOT REQUIRED: staff sign in with a password alone{}. Never run a real "
					+ "department like this (CJIS Security Policy 5.6.2.2); set leo.access.second-factor.required=true. ***",
					configured == null ? " because this is a demo instance" : "");
		}
	}

	public boolean required() {
		return required;
	}

	/** For tests that share one running Leo: switches the requirement for the duration of a test. */
	void require(boolean required) {
		this.required = required;
	}
}
