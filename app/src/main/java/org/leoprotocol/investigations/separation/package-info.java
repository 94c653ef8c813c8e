/**
 * Separation of duties in a case: its refusals, the board's quorum, and personnel actions awaiting a second person's
 * approval.
 */
package org.leoprotocol.investigations.separation;
