/** The inbox: each notice as its recipient reads and acknowledges it, on a page and through the API. */
package org.leoprotocol.notifications.inbox;
