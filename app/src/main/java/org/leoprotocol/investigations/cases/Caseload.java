package org.leoprotocol.investigations.cases;

import java.time.Instant;

/** One investigator's open cases: how many, how many overdue, and the nearest deadline. */
public record Caseload(String investigator, int openCases, int overdue, Instant nextDue) {
}
