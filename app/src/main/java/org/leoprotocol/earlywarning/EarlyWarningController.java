package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.ToIntFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.earlywarning.indicators.Breakdown;
import org.leoprotocol.earlywarning.indicators.PerformanceEntry;
import org.leoprotocol.earlywarning.indicators.PerformanceRecords;
import org.leoprotocol.earlywarning.reason.FindingsSaid;
import org.leoprotocol.earlywarning.web.BreakdownRow;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.earlywarning.web.FlagListView;
import org.leoprotocol.earlywarning.web.FlagRow;
import org.leoprotocol.earlywarning.web.FlagView;
import org.leoprotocol.earlywarning.web.IndicatorBar;
import org.leoprotocol.earlywarning.web.ModelCardLink;
import org.leoprotocol.earlywarning.web.RecordEntry;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The early-warning flag pages: flags ranked by score with their reasons, and one flag with the officer's indicators
 * against peers and the review form (the ranking: {@link RankingController}; the rules:
 * {@code rules.RuleSettingController}).
 */
@Controller
class EarlyWarningController {

	static final String READERS = "hasAnyRole('SUPERVISOR','COMMAND','INVESTIGATOR')";

	private final AgencyTime time;
	private final EarlyWarning earlyWarning;
	private final FlagReview flagReview;
	private final AuditTrail audit;
	private final ModelExplainer explainer;
	private final MessageSource messages;
	private final Refusals refusals;

	EarlyWarningController(EarlyWarning earlyWarning, FlagReview flagReview,
			AuditTrail audit, ModelExplainer explainer,
			AgencyTime time, MessageSource messages, Refusals refusals) {
		this.refusals = refusals;
		this.messages = messages;
		this.time = time;
		this.explainer = explainer;
		this.earlyWarning = earlyWarning;
		this.flagReview = flagReview;
		this.audit = audit;
	}

	@GetMapping(EarlyWarningRoutes.FLAGS)
	@PreAuthorize(READERS)
	String flags(@RequestParam(defaultValue = "") String status, Model model, Locale locale) {
		FlagStatus wanted = status.isBlank() ? null : parseStatus(status);
		audit.query(AuditAction.SEARCH, EarlyWarning.COMPONENT, "Flag",
				Sentence.ofText("audit.detail.search.criteria", "status=" + status));
		List<Flag> flags = flagReview.flags(wanted, 200);
		List<Flag> due = flagReview.followUpsDue();
		var labels = earlyWarning
			.labels(java.util.stream.Stream.concat(flags.stream(), due.stream()).map(Flag::officerId).toList());
		var models = explainer.explain(flags.stream().map(Flag::officerId).distinct().toList(),
				earlyWarning.today().plusDays(1), locale);
		model.addAttribute("view", new FlagListView(wanted == null ? "" : wanted.name(),
				Arrays.stream(FlagStatus.values()).map(Enum::name).toList(),
				flags.stream()
					.map(flag -> row(flag, labels.get(flag.officerId()), models.get(flag.officerId()), locale))
					.toList(),
				due.stream().map(flag -> row(flag, labels.get(flag.officerId()), null, locale)).toList(),
				earlyWarning.agencies().stream()
					.map(agency -> new ModelCardLink(agency, EarlyWarningRoutes.modelCard(agency)))
					.toList()));
		return "earlywarning/flags";
	}

	@GetMapping(EarlyWarningRoutes.FLAGS + "/flags/{id}")
	@PreAuthorize(READERS)
	String flag(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		audit.read(EarlyWarning.COMPONENT, RecordReference.of("Flag", id), null);
		model.addAttribute("view",
				view(flagReview.flag(id), actor, null, (String) model.getAttribute("notice"), locale));
		return "earlywarning/flag";
	}

	@PostMapping(EarlyWarningRoutes.FLAGS + "/flags/{id}/review")
	@PreAuthorize(EarlyWarningApi.REVIEWERS)
	String review(@PathVariable UUID id, @RequestParam(defaultValue = "") String step,
			@RequestParam(defaultValue = "") String plan,
			@RequestParam(defaultValue = "") String followUpOn, @RequestParam(defaultValue = "") String outcome,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Locale locale) {
		try {
			Flag flag = switch (step) {
				case "ACKNOWLEDGE" -> flagReview.acknowledge(id, actor);
				case "PLAN" -> flagReview.planIntervention(id, plan, date(followUpOn), actor);
				case "CLOSE" -> flagReview.close(id, outcome, actor);
				default -> throw new InvalidInput("earlywarning.flag.step");
			};
			redirect.addFlashAttribute("notice", messages.getMessage("ew.flag.notice.status",
					new Object[] { messages.getMessage("ew.flag.status." + flag.status().name(), null, locale) },
					locale));
			return "redirect:" + EarlyWarningRoutes.flag(id);
		}
		catch (InvalidInput | WrongState refused) {
			return refusedStep(id, actor, refusals.answered(refused, response, locale), model, locale);
		}
	}

	/** The flag's page again with why its review step was refused, answered with the refusal's status. */
	private String refusedStep(UUID id, Actor actor, String problem, Model model, Locale locale) {
		model.addAttribute("view", view(flagReview.flag(id), actor, problem, null, locale));
		return "earlywarning/flag";
	}

	private FlagView view(Flag flag, Actor actor, String problem, String notice, Locale locale) {
		Indicators officer = earlyWarning.indicators(flag.officerId(), null);
		ModelExplanation learned = explainer.explain(List.of(flag.officerId()), officer.asOf(), locale)
			.get(flag.officerId());
		List<Indicators> peers = earlyWarning.peersOf(officer);
		var place = earlyWarning.placeToday(officer);
		List<IndicatorBar> bars = List.of(
				bar(text("ew.flag.bar.complaints1y", locale), officer, peers, Indicators::complaints1y),
				bar(text("ew.flag.bar.complaints2y", locale), officer, peers, Indicators::complaints2y),
				bar(text("ew.flag.bar.complaints5y", locale), officer, peers, Indicators::complaints5y),
				bar(text("ew.flag.bar.notSustained2y", locale), officer, peers, Indicators::notSustained2y),
				bar(text("ew.flag.bar.sustained5y", locale), officer, peers, Indicators::sustained5y),
				bar(text("ew.flag.bar.commendations2y", locale), officer, peers, Indicators::commendations2y));
		List<BreakdownRow> allegations = earlyWarning.breakdown(flag.officerId(), officer.asOf()).stream()
			.map(b -> new BreakdownRow(name("ew.flag.category.", b.category(), locale),
					name("ew.flag.finding.", b.finding(), locale), b.lastYear(), b.lastTwoYears(), b.lastFiveYears()))
			.toList();
		return new FlagView(flag, officer.label(), score(flag.score()), officer, bars, allegations,
				findings(earlyWarning.protocolFindings(flag.officerId()), locale),
				earlyWarning.commendations(flag.officerId()).stream().map(entry -> commendation(entry, locale))
					.toList(),
				actor.hasAny(Role.SUPERVISOR, Role.COMMAND), problem, notice, peers.size(), officer.asOf().minusDays(1),
				place.map(RankedOfficer::place).orElse(0), place.map(RankedOfficer::of).orElse(0), learned);
	}

	private static IndicatorBar bar(String label, Indicators officer, List<Indicators> peers,
			ToIntFunction<Indicators> value) {
		double average = peers.stream().mapToInt(value).average().orElse(0);
		int own = value.applyAsInt(officer);
		return new IndicatorBar(label, own, average, Math.max(1, (int) Math.ceil(Math.max(own, average))));
	}

	/**
	 * Protocol findings on an officer's record; their kinds are codes and Leo's own findings sentences, said in the
	 * reader's language, or free text.
	 */
	private List<RecordEntry> findings(List<PerformanceEntry> entries, Locale locale) {
		return entries.stream()
			.map(entry -> new RecordEntry(entry.on(),
					entry.kind().isEmpty() ? entry.kind() : name("protocol-acts.findingkind.", entry.kind(), locale),
					messages.getMessage(FindingsSaid.one(entry.description()), locale), entry.withdrawn()))
			.toList();
	}

	/**
	 * A commendation on the officer's record: one from the public is said in the reader's language, one entered through
	 * the API as it was typed.
	 */
	private RecordEntry commendation(PerformanceEntry entry, Locale locale) {
		return CommendationListener.fromThePublic(entry)
			.map(record -> new RecordEntry(entry.on(), text("ew.flag.commendation.public", locale),
					messages.getMessage("ew.flag.commendation.public.record", new Object[] { record }, locale)))
			.orElseGet(() -> new RecordEntry(entry.on(), entry.kind(), entry.description()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/**
	 * The reader's name of a code of the records (a category, a finding, a kind); a code the bundles do not know, as an
	 * imported history may carry, is shown in plain words.
	 */
	private String name(String names, String code, Locale locale) {
		return messages.getMessage(names + code, null, words(code), locale);
	}

	private FlagRow row(Flag flag, String officer, ModelExplanation learned, Locale locale) {
		return new FlagRow(flag.id(), officer, score(flag.score()),
				flag.reasons().stream().limit(3).map(reason -> messages.getMessage(reason, locale)).toList(),
				flag.status().name(), flag.raisedAt().atZone(time.zone()).toLocalDate(), flag.followUpOn(), learned);
	}

	static String score(double score) {
		return String.format(Locale.ROOT, "%.1f", score);
	}

	private static String words(String code) {
		return code.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static LocalDate date(String text) {
		return text.isBlank() ? null : parseDate(text, "earlywarning.flag.date");
	}

	/** The date written in {@code text}, or a refusal of the input under {@code key}. */
	static LocalDate parseDate(String text, String key) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(key);
		}
	}

	private static FlagStatus parseStatus(String status) {
		try {
			return FlagStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("earlywarning.flag.status", status, Arrays.toString(FlagStatus.values()));
		}
	}
}
