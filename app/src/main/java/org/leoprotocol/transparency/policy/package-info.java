/**
 * The agency's publication policy as command and administrators set it (every change audited), and the staff page that
 * rebuilds the public tables after a change.
 */
package org.leoprotocol.transparency.policy;
