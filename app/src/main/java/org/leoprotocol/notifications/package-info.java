/**
 * Notifications: what Leo decides reaches the person who must act on it. Every module hands its notices to one desk,
 * which writes them to a transactional outbox with the change that caused them; workers on any node deliver them to the
 * staff member's inbox, mail and the department's paging webhook, retry what fails and keep every delivery's state, and
 * the recipient's acknowledgement is published for the module that is waiting on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "access", "personnel", "audit", "shared", "shared :: web", "shared :: phrase" })
package org.leoprotocol.notifications;
