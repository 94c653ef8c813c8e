package org.leoprotocol.evidence.bodycamera;

/** Where a clip's device name came from: the footage's own metadata, or what the uploader declared. */
enum DeviceSource {
	FOOTAGE, DECLARED
}
