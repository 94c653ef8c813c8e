package org.leoprotocol.evidence.web;

/**
 * Where body-camera footage was placed in time, or why it could not be: a sentence of the message bundles ({@code key})
 * with its arguments; null for other kinds of evidence.
 */
@SuppressWarnings("ArrayRecordComponent") // message arguments handed to the message source as they are; a page
											// model is never compared
public record FootagePlacement(String key, Object[] arguments) {
}
