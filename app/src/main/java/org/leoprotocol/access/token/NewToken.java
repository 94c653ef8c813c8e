package org.leoprotocol.access.token;

import java.util.Set;

/**
 * An API token to issue: its name (the service or use it is for), the account it acts as, whether that account is a
 * service's (issued by an administrator) or the holder's own, the scopes it may use and how many days it lasts.
 */
public record NewToken(String name, String username, boolean service, Set<String> scopes, int days) {
}
