/** Reminders of dates: lead times before a due day in the agency's zone, and a ledger that sends each reminder once. */
@org.springframework.modulith.NamedInterface("reminder")
package org.leoprotocol.shared.reminder;
