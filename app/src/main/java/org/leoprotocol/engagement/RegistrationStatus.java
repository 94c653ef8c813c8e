package org.leoprotocol.engagement;

/**
 * Where a registration stands. A waiting registration moves up when confirmed people cancel, first come first served.
 */
public enum RegistrationStatus {
	CONFIRMED, WAITING, CANCELLED
}
