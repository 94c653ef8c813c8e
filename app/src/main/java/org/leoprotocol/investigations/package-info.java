/**
 * Internal-affairs investigations: a case opened from a complaint (or internally), its allegations (one officer and one
 * category each), an investigator assigned only when free of conflicts of interest, statements and references to
 * evidence and protocol findings, a recommended and then a final finding per allegation with the history of every
 * change, the statutory deadline, and personnel actions ordered from the case.
 *
 * <p>
 * This package holds the facades ({@link org.leoprotocol.investigations.Investigations},
 * {@link org.leoprotocol.investigations.Investigators}, {@link org.leoprotocol.investigations.ReviewBoard},
 * {@link org.leoprotocol.investigations.CaseReports}, {@link org.leoprotocol.investigations.CaseDiscipline},
 * {@link org.leoprotocol.investigations.CasePublication}), the identifiers, values and events other modules use. The
 * concepts live below it: {@code cases} (cases on file, their search, pages and API), {@code parties} (who a case names
 * and who is party to it), {@code conflict} (the conflict-of-interest rules of an assignment), {@code investigators}
 * (the investigators and their pages), {@code board} (the review board's hearings and minutes), {@code separation}
 * (duties a second person approves), {@code deadline} (statutory clocks and reminders), {@code publication} (what the
 * public reads of a case), {@code commendation} (commendation letters and forwarding) and {@code web} (what the pages
 * render).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investigations",
		allowedDependencies = { "complaints", "conflicts", "personnel", "access", "notifications", "audit", "evidence",
				"protocol", "shared",
				"shared :: reminder",
				"shared :: web", "shared :: redaction", "shared :: phrase", "shared :: document" })
package org.leoprotocol.investigations;
