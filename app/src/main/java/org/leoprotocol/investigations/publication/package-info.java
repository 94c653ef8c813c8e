/**
 * What the public reads of a case: its public page and API, and its free text (board minutes, the public summary)
 * redacted, then approved by a second person.
 */
package org.leoprotocol.investigations.publication;
