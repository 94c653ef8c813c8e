/**
 * Retention as data: the categories and their periods under state law, the categories applied to items, and legal
 * holds.
 */
package org.leoprotocol.evidence.retention;
