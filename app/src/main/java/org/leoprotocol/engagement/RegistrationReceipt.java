package org.leoprotocol.engagement;

/**
 * The answer to a registration: its status and the private link's token, which is shown and mailed once and then kept
 * only as a hash. A repeated submission gets the first registration back without a token.
 */
public record RegistrationReceipt(Registration registration, OutreachEvent event, String token, boolean repeated) {
}
