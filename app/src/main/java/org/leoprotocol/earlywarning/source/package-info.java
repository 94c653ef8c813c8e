/**
 * An agency's export files as bytes become text: gzip recognised by its magic bytes, the declared character set decoded
 * strictly, and a byte that is not valid text reported with its file and line instead of replaced.
 */
package org.leoprotocol.earlywarning.source;
