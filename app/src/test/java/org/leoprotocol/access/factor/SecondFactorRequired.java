package org.leoprotocol.access.factor;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Requires a second factor, as a real agency does, for each test of a class extended with it, and switches the
 * requirement off again afterwards for the rest of the suite, which shares one running Leo.
 */
class SecondFactorRequired implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		settings(context).require(true);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		settings(context).require(false);
	}

	private static SecondFactorSettings settings(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(SecondFactorSettings.class);
	}
}
