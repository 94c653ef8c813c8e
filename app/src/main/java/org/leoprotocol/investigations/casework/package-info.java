/**
 * The steps of a case, each its own use case behind the {@link org.leoprotocol.investigations.Investigations} facade:
 * opening, access, assignment, the case file, findings, review and closure, and recording cases closed long ago.
 */
package org.leoprotocol.investigations.casework;
