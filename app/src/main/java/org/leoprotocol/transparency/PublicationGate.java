package org.leoprotocol.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.PublishedCount;
import org.leoprotocol.transparency.statistics.Tally;
import org.leoprotocol.transparency.web.Bar;
import org.leoprotocol.transparency.web.ChartView;

import org.springframework.stereotype.Component;

/**
 * The one way out of Leo for public data: every cell of every published page, chart, download and API answer passes
 * here. Counts from 1 to 4 become "&lt;5" ({@link PublishedCount}), a median over fewer than five cases is not shown,
 * an officer appears by name, by pseudonym or not at all as the {@link PublicationPolicy} says, and a code that is not
 * a plain code (a unit, a category, a finding) is withheld. The read models behind it hold no complainant's, witness's,
 * victim's or child's identity in the first place; the gate is the second line.
 *
 * <h2>Totals leave out the suppressed cells beneath them</h2> Hiding a cell of 1 to 4 is primary suppression. It is not
 * enough on its own: a total published beside it, or the same total under another filter (all years less the years
 * shown one by one, all units less the units shown), gives the hidden cell back by subtraction. Statistical agencies
 * answer with complementary suppression, hiding further cells until no published sum pins a hidden one, and then audit
 * the pattern by solving the published equations (Federal Committee on Statistical Methodology, <i>Statistical Policy
 * Working Paper 22: Report on Statistical Disclosure Limitation Methodology</i>, chapter 4 on tables of counts; NCES
 * Statistical Standard 4-2 on maintaining confidentiality; CMS's cell size suppression policy forbids publishing any
 * figure from which a small cell can be calculated). Leo does not use complementary suppression, for three reasons: its
 * tables are published under every combination of filters, so each is a four-way table with every margin released,
 * where choosing a safe pattern is a hard combinatorial problem and the simple rule "hide the next smallest cell of
 * each margin" still leaks through bounds (two hidden cells whose sum must be 2 are both 1); the counts change with
 * every event, so a pattern recomputed on each change lets two releases a minute apart be compared; and rounding totals
 * to a base of 5 leaks through the remainder.
 *
 * <p>
 * Instead every published total is the sum of the published cells beneath it: the exact total less the cells of 1 to 4
 * under it ({@link #withheld(long)}, summed by the read models as events arrive, {@link Addition}). No published number
 * then depends on a suppressed cell, so no equation over the published numbers, in one view or across filters, formats
 * and time, constrains one; and the pattern is the cells' own, the same whatever the visitor filters by. The price is
 * that a total undercounts by at most four per suppressed cell beneath it, which the portal says; the downloads hold
 * the cells, so every total can be checked against them. {@code DifferencingAttackTests} runs the attack on every
 * number the portal publishes.
 */
@Component
public class PublicationGate {

	static final String WITHHELD = "withheld";
	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.\\-]{0,39}|\\*");

	private final PublicationPolicy policy;
	private final Pseudonyms pseudonyms;
	private final Roster roster;

	PublicationGate(PublicationPolicy policy, Pseudonyms pseudonyms, Roster roster) {
		this.policy = policy;
		this.pseudonyms = pseudonyms;
		this.roster = roster;
	}

	public String count(long exact) {
		return PublishedCount.of(exact).shown();
	}

	public long plotted(long exact) {
		return PublishedCount.of(exact).plotted();
	}

	/**
	 * A chart of published tallies: each bar the tally's published total (small counts withheld), marked partial when a
	 * withheld count lies beneath it, with its column headings and title in the reader's language.
	 *
	 * @param label the bar's label in the reader's language, from the tally's code
	 */
	public ChartView chart(String id, Function<String, String> text, String labelColumn, Function<String, String> label,
			String valueColumn, List<Tally> tallies) {
		return new ChartView("chart-" + id, text.apply("transparency.chart." + id),
				text.apply("transparency.column." + labelColumn), text.apply("transparency.column." + valueColumn),
				tallies.stream().map(tally -> {
					PublishedCount count = total(tally);
					return new Bar(label.apply(code(tally.label())), count.shown(), count.plotted(),
							tally.suppressedBeneath() > 0);
				}).toList());
	}

	/**
	 * A total as published: its exact count less the suppressed cells beneath it, which for a complaint naming officers
	 * of two units may leave less than nothing, shown as zero.
	 */
	public PublishedCount total(Tally tally) {
		return PublishedCount.of(Math.max(0, tally.count() - tally.suppressedBeneath()));
	}

	/** The part of a cell that no total may include: all of it when the cell is suppressed, else nothing. */
	public static long withheld(long exact) {
		return PublishedCount.of(exact).suppressed() ? exact : 0;
	}

	public String code(String value) {
		return value != null && CODE.matcher(value).matches() ? value : WITHHELD;
	}

	/**
	 * The median of a histogram (value → how many), unless it describes fewer than {@value PublishedCount#THRESHOLD}
	 * cases.
	 */
	public Optional<Integer> median(Map<Integer, Long> histogram) {
		return Median.of(histogram, PublishedCount.THRESHOLD);
	}

	/** The cells of a table as rows the public may see; empty when the policy hides the table's officers. */
	Optional<RowFilter> rows(PublishedTable table) {
		PolicyMode mode = table.policyField() == null ? null : policy.mode(table.policyField());
		if (mode == PolicyMode.HIDDEN) {
			return Optional.empty();
		}
		return Optional.of(new RowFilter(table, mode));
	}

	/** Turns one database row of a published table into public cells; remembers officer labels for one download. */
	final class RowFilter {

		private final PublishedTable table;
		private final PolicyMode mode;
		private final Map<UUID, String> officers = new HashMap<>();

		private RowFilter(PublishedTable table, PolicyMode mode) {
			this.table = table;
			this.mode = mode;
		}

		List<String> cells(ResultSet row) throws SQLException {
			List<String> cells = new ArrayList<>(table.columns().size());
			for (int i = 0; i < table.columns().size(); i++) {
				cells.add(cell(table.columns().get(i).type(), row, i + 1));
			}
			return cells;
		}

		private String cell(ColumnType type, ResultSet row, int index) throws SQLException {
			return switch (type) {
				case YEAR, NUMBER -> Long.toString(row.getLong(index));
				case COUNT -> count(row.getLong(index));
				case CODE -> code(row.getString(index));
				case OFFICER -> officers.computeIfAbsent(row.getObject(index, UUID.class), this::officer);
			};
		}

		private String officer(UUID id) {
			if (mode == PolicyMode.NAME) {
				return roster.find(new OfficerId(id)).map(o -> o.fullName() + " (badge " + o.badgeNumber() + ")")
					.orElse(WITHHELD);
			}
			return "Officer " + pseudonyms.of(table.policyField(), id);
		}
	}
}
