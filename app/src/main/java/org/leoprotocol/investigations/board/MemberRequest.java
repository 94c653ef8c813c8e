package org.leoprotocol.investigations.board;

/**
 * A member seated on the review board: the account they sign in with, their name and, for a sworn member, the badge.
 */
record MemberRequest(String username, String displayName, String badgeNumber) {
}
