/** Public free text of a case (board minutes, the public summary) redacted, then approved by a second person. */
package org.leoprotocol.investigations.publication;
