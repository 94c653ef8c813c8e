/** Reminders of flags' follow-up dates to the supervisor who reviews the flag. */
package org.leoprotocol.earlywarning.followup;
