package org.leoprotocol.investigations.board;

/** A board member's vote at a hearing: one of the choices its purpose allows. */
record VoteRequest(String choice) {
}
