/**
 * The authorization matrix: every endpoint Spring serves, asked by every demo role and by a caller in each relation to
 * a record, against a rule table a person can read and review ({@code authorization-rules.txt}).
 */
package org.leoprotocol.access.matrix;
