/** Outgoing webhooks: signed JSON posts to a department's paging or CAD system. */
package org.leoprotocol.notifications.webhook;
