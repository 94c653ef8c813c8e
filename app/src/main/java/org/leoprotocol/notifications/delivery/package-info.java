/** Deliveries: one row per notice and channel, claimed by workers on any node with a lease, retried with backoff. */
package org.leoprotocol.notifications.delivery;
