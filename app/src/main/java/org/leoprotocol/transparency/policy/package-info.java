/** The agency's publication policy as command and administrators set it; every change is audited. */
package org.leoprotocol.transparency.policy;
