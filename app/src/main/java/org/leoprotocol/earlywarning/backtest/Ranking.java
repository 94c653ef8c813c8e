package org.leoprotocol.earlywarning.backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.leoprotocol.earlywarning.Indicators;

/**
 * One method's order of a cohort, top first: by score, then by the method's secondary indicators, then by the officer's
 * external id (stable across imports, unlike Leo's internal ids). A review budget flags the first
 * {@code ceil(budget × cohort)} officers with a score above 0.
 */
public final class Ranking {

	private static final Score NOTHING = new Score(0);

	private final String method;
	private final int cohort;
	private final List<Place> places;

	private Ranking(String method, int cohort, List<Place> places) {
		this.method = method;
		this.cohort = cohort;
		this.places = places;
	}

	public static Ranking of(RankingMethod method, Cohort cohort) {
		Map<java.util.UUID, Score> scores = method.scores(cohort);
		List<Place> unordered = new ArrayList<>(cohort.size());
		for (Indicators officer : cohort.officers()) {
			unordered.add(new Place(0, officer, scores.getOrDefault(officer.officerId(), NOTHING)));
		}
		unordered.sort(Comparator.<Place, Score>comparing(Place::score, Score::compareForRanking)
			.thenComparing(place -> Objects.toString(place.officer().externalId(), ""))
			.thenComparing(place -> place.officer().officerId()));
		List<Place> places = new ArrayList<>(unordered.size());
		for (Place place : unordered) {
			places.add(new Place(places.size() + 1, place.officer(), place.score()));
		}
		return new Ranking(method.name(), cohort.size(), List.copyOf(places));
	}

	public String method() {
		return method;
	}

	public List<Place> places() {
		return places;
	}

	/** How many officers a budget (a share of the cohort, such as 0.05) lets an agency review. */
	public int budgetSize(double budget) {
		return (int) Math.ceil(budget * cohort - 1e-9);
	}

	/** The officers the budget flags: the top of the ranking, but never one the method scored 0. */
	public List<Place> flagged(double budget) {
		return places.stream().limit(budgetSize(budget)).filter(place -> place.score().value() > 0).toList();
	}

	/**
	 * Whether the cut at the budget fell between two officers the method could not tell apart, so that the external id
	 * decided who was flagged: an honest report says so rather than hide it.
	 */
	public boolean cutDecidedById(double budget) {
		List<Place> flagged = flagged(budget);
		if (flagged.isEmpty() || flagged.size() >= places.size()) {
			return false;
		}
		Place last = flagged.get(flagged.size() - 1);
		Place next = places.get(flagged.size());
		return next.score().value() > 0 && last.score().compareForRanking(next.score()) == 0;
	}
}
