package org.leoprotocol.shared;

/** {@code leo.agency.time-zone} names no IANA time zone; Leo refuses to start rather than show times in a guess. */
final class UnknownTimeZone extends StartRefused {

	UnknownTimeZone(String id, Throwable cause) {
		super("leo.agency.time-zone (LEO_AGENCY_TIME_ZONE) is \"" + id
				+ "\", which is not an IANA time-zone id; use one such as America/Chicago, Europe/Madrid or UTC",
				cause);
	}

	@Override
	public String action() {
		return "Set LEO_AGENCY_TIME_ZONE (or --leo.agency.time-zone=) to the agency's zone from the IANA time-zone "
				+ "database, e.g. America/Chicago.";
	}
}
