/** Who is acting on a request: the {@link org.leoprotocol.shared.Actor} resolved once from the session or token. */
package org.leoprotocol.access.actor;
