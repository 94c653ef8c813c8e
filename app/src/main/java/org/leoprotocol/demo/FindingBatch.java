package org.leoprotocol.demo;

import org.leoprotocol.investigations.Finding;

/**
 * A number of a squad's past allegations of one category that were closed with the same finding; the demo's history is
 * generated batch by batch so that every squad has a plausible record behind it.
 */
record FindingBatch(Category category, Finding finding, int size) {
}
