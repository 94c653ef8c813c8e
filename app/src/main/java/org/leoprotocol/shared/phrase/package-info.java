/**
 * Sentences Leo keeps for later readers as a message key with its arguments on one line of a column, so each reader
 * reads them in their own language however long ago they were written.
 */
@org.springframework.modulith.NamedInterface("phrase")
package org.leoprotocol.shared.phrase;
