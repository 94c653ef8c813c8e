/**
 * Statutory clocks of cases (tolled and extended only with reason and authority), reminders of deadlines and hearings,
 * and the notice of a case's assignment to its investigator and their supervisor.
 */
package org.leoprotocol.investigations.deadline;
