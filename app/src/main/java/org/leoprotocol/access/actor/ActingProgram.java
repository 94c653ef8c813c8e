package org.leoprotocol.access.actor;

/**
 * Marks a request signed in with an API token: the program named by the token acts for the token's staff account.
 *
 * @param tokenName the name its owner gave the token when it was issued
 */
public record ActingProgram(String tokenName) {
}
