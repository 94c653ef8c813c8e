package org.leoprotocol.transparency.officer;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.transparency.PolicyField;
import org.leoprotocol.transparency.PolicyMode;
import org.leoprotocol.transparency.PublicationGate;
import org.leoprotocol.transparency.PublicationPolicy;
import org.leoprotocol.transparency.statistics.Tally;
import org.leoprotocol.transparency.web.ChartView;
import org.leoprotocol.transparency.web.OfficerIndexView;
import org.leoprotocol.transparency.web.OfficerPageView;
import org.leoprotocol.transparency.web.Option;
import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.leoprotocol.shared.UnknownRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the officer index and the officer pages together in the visitor's language, every count through the
 * {@link PublicationGate}. A page shows only the fields its {@link OfficerPage} combines; the unit only on a page by
 * name, because on a pseudonymous page a small unit plus a year of findings can single an officer out.
 */
@Component
public class OfficerPageViews {

	static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final OfficerPageIndex index;
	private final OfficerRecords records;
	private final OfficerUnits units;
	private final PublicationPolicy policy;
	private final PublicationGate gate;
	private final MessageSource messages;

	OfficerPageViews(OfficerPageIndex index, OfficerRecords records, OfficerUnits units, PublicationPolicy policy,
			PublicationGate gate,
			MessageSource messages) {
		this.index = index;
		this.records = records;
		this.units = units;
		this.policy = policy;
		this.gate = gate;
		this.messages = messages;
	}

	/**
	 * A page of the index; {@code address} is where its previous and next pages are (the page or the API), each linked
	 * by the position of the row it continues from.
	 */
	public OfficerIndexView index(OfficerQuery query, String address, Locale locale) {
		Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
		OfficerPageIndex.Listing listing = index.list(query);
		List<Option> orders = Arrays.stream(OfficerOrder.values()).map(order -> new Option(order.parameter(),
				text.apply("transparency.officers.sort." + order.parameter()), order == query.order()))
			.toList();
		List<OfficerIndexView.Entry> entries = listing.pages().stream().map(page -> new OfficerIndexView.Entry(
				TransparencyRoutes.officer(page.key()), page.label(),
				page.fields().stream().map(field -> text.apply("transparency.officers.field." + field))
					.collect(Collectors.joining("; ")),
				DAY.format(page.updatedAt())))
			.toList();
		List<OfficerIndexView.FieldMode> modes = policy.current().stream().map(change -> new OfficerIndexView.FieldMode(
				text.apply("transparency.officers.field." + change.field()),
				text.apply("transparency.officers.mode." + change.mode())))
			.toList();
		List<OfficerPage> shown = listing.pages();
		return new OfficerIndexView(query.text(), orders, entries, listing.total(), listing.more(),
				listing.earlier() ? address + query.before(OfficerQuery.Position.of(shown.get(0), query.order()))
						: null,
				listing.later()
						? address + query.after(OfficerQuery.Position.of(shown.get(shown.size() - 1), query.order()))
						: null,
				modes);
	}

	/** The page with this key as the policy allows it now; a key no published page has is not found. */
	public OfficerPageView page(String key, Locale locale) {
		Function<String, String> text = key2 -> messages.getMessage(key2, null, key2, locale);
		OfficerPage page = index.find(key).orElseThrow(() -> new UnknownRecord("transparency.officer.notFound"));
		List<ChartView> outcomeCharts = List.of();
		List<OfficerPageView.OutcomeRow> outcomeRows = List.of();
		if (page.shows(PolicyField.CASE_OUTCOMES)) {
			List<OfficerRecords.Outcome> outcomes = records.outcomes(page.officerId());
			Function<String, String> category = code -> text.apply("transparency.category." + code);
			Function<String, String> finding = code -> text.apply("transparency.finding." + code);
			outcomeCharts = List.of(
					gate.chart("officer-by-category", text, "category", category, "allegations",
							totals(outcomes, OfficerRecords.Outcome::category)),
					gate.chart("officer-by-finding", text, "finding", finding, "allegations",
							totals(outcomes, OfficerRecords.Outcome::finding)),
					gate.chart("officer-by-year", text, "year", gate::code, "allegations",
							totals(outcomes, o -> Integer.toString(o.year()))));
			outcomeRows = outcomes.stream().map(o -> new OfficerPageView.OutcomeRow(Integer.toString(o.year()),
					category.apply(gate.code(o.category())), finding.apply(gate.code(o.finding())),
					gate.count(o.allegations())))
				.toList();
		}
		ChartView commendations = page.shows(PolicyField.COMMENDATIONS)
				? gate.chart("officer-commendations", text, "year", gate::code, "commendations",
						records.commendationsByYear(page.officerId()))
				: null;
		String unit = page.mode() == PolicyMode.NAME ? gate.code(units.of(new OfficerId(page.officerId()))) : "";
		return new OfficerPageView(page.key(), page.label(), page.mode().name(),
				text.apply("transparency.officers.mode." + page.mode()),
				unit, DAY.format(page.updatedAt()), page.fields().stream().map(PolicyField::name).toList(),
				outcomeCharts, outcomeRows,
				commendations);
	}

	/**
	 * Totals of an officer's cells (year, category, finding) under one label, each with the suppressed cells beneath
	 * it, so that the page publishes only sums of published cells (ADR 0011): otherwise a category's total less the
	 * officer's published cells in it would give back a "&lt;5".
	 */
	private static List<Tally> totals(List<OfficerRecords.Outcome> outcomes,
			Function<OfficerRecords.Outcome, String> label) {
		Map<String, long[]> totals = new TreeMap<>();
		for (OfficerRecords.Outcome outcome : outcomes) {
			long[] sums = totals.computeIfAbsent(label.apply(outcome), name -> new long[2]);
			sums[0] += outcome.allegations();
			sums[1] += PublicationGate.withheld(outcome.allegations());
		}
		List<Tally> tallies = new ArrayList<>();
		totals.forEach((name, sums) -> tallies.add(new Tally(name, sums[0], sums[1])));
		return tallies;
	}

}
