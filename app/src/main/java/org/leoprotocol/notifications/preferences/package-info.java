/** The channels each staff member chose per kind of notice, and the language they read notices in. */
package org.leoprotocol.notifications.preferences;
