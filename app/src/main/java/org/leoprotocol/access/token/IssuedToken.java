package org.leoprotocol.access.token;

/**
 * An API token just issued with its secret. Leo keeps only the secret's hash, so this is the one time the secret is
 * shown; a holder who loses it revokes the token and asks for a new one.
 */
public record IssuedToken(ApiToken token, String secret) {
}
