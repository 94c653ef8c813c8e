/** Description broadcasts: what may be said in public of a missing person, as text, CAP alert and PFIF record. */
package org.leoprotocol.protocol.broadcast;
