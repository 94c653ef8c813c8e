/** Statutory clocks of cases (tolled and extended only with reason and authority) and reminders of deadlines and hearings. */
package org.leoprotocol.investigations.deadline;
