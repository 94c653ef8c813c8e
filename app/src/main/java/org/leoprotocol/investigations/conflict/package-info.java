/**
 * The conflict-of-interest rules that decide whether an investigator may handle a case against given officers.
 */
package org.leoprotocol.investigations.conflict;
