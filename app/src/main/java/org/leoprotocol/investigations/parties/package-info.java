/**
 * Who a case names and who is party to it, for the conflict policy, other modules' need-to-know checks and the
 * redaction gate.
 */
package org.leoprotocol.investigations.parties;
