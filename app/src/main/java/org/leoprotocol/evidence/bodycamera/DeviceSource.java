package org.leoprotocol.evidence.bodycamera;

/** Where the device's name came from. */
enum DeviceSource {
	FOOTAGE, DECLARED
}
