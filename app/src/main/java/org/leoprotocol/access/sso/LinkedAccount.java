package org.leoprotocol.access.sso;

import java.util.UUID;

/**
 * A staff account as single sign-on needs it: the account an identity provider's person is linked to, its name, and
 * whether it is enabled (a disabled account is refused however the provider vouches for the person).
 */
record LinkedAccount(UUID id, String username, boolean enabled) {
}
