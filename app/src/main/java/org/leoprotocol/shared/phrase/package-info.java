/**
 * Sentences Leo says as a message key with its arguments, so each reader reads them in their own language: on a page,
 * in the API, and from one line of a column however long ago they were written.
 */
@org.springframework.modulith.NamedInterface("phrase")
package org.leoprotocol.shared.phrase;
