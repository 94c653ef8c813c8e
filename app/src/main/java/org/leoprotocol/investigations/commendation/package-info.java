/**
 * Commendations: the letter thanking a member of the public for what a statement records, and triage forwarding a
 * citizen's commendation to the officer's record.
 */
package org.leoprotocol.investigations.commendation;
