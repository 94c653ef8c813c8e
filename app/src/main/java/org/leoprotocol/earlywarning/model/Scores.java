package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.List;

/** Scores of every officer serving on the date, highest first, with how they were obtained. */
public record Scores(String agency, LocalDate asOf, boolean learned, ModelCard card, List<ScoredOfficer> officers) {
}
