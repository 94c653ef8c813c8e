package org.leoprotocol.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.evidence.EvidenceCustody.EvidenceRecord;
import org.leoprotocol.evidence.retention.RetentionCategory;
import org.leoprotocol.evidence.web.CategoryOption;
import org.leoprotocol.evidence.web.CustodyRow;
import org.leoprotocol.evidence.web.EvidenceDetailView;
import org.leoprotocol.evidence.web.EvidenceRow;
import org.leoprotocol.evidence.web.ExportRow;
import org.leoprotocol.evidence.web.FootagePlacement;
import org.leoprotocol.evidence.web.ItemFact;
import org.leoprotocol.evidence.web.LinkRow;
import org.leoprotocol.evidence.web.RetentionPanel;
import org.leoprotocol.shared.AgencyTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns items, exports and custody events into the records the pages show: times in the agency's zone, labelled; kinds,
 * states and actions as codes the pages name in the reader's language; facts in that language.
 */
@Component
class EvidenceViews {

	private final AgencyTime time;
	private final MessageSource messages;

	EvidenceViews(AgencyTime time, MessageSource messages) {
		this.time = time;
		this.messages = messages;
	}

	EvidenceRow row(EvidenceItem item) {
		return new EvidenceRow(item.id().toString(), item.kind().name(), item.fileName(), size(item.sizeBytes()),
				span(item.recording().from(), item.recording().to()), orDash(item.recording().device()),
				when(item.ingestedAt()),
				item.state().name());
	}

	EvidenceDetailView detail(EvidenceRecord record, List<EvidenceExport> exports, boolean mayExport, boolean mayLink,
			RetentionPanel retention, String notice, String problem, FootagePlacement footage) {
		EvidenceItem item = record.item();
		String preview = !item.isAvailable() ? "" : item.mediaType().startsWith("video/") ? "video"
				: item.mediaType().startsWith("image/") ? "image" : "";
		List<ExportRow> exportRows = exports(exports);
		return new EvidenceDetailView(item.id().toString(), item.fileName(), item.kind().name(), preview, facts(item),
				record.links().stream()
					.map(l -> new LinkRow(l.kind().name(), l.reference(),
							l.subject() == null ? "" : l.subject().toString(),
							when(l.linkedAt()), l.linkedBy()))
					.toList(),
				exportRows, exportRows.stream().anyMatch(ExportRow::running),
				record.custody().stream()
					.map(e -> new CustodyRow(e.position(), when(e.occurredAt()), e.action().name(), e.actor(),
							e.detail()))
					.toList(),
				mayExport && item.isAvailable(), mayLink, retention, notice, problem, footage);
	}

	RetentionPanel retention(EvidenceRetention.RetentionStatus status, List<RetentionCategory> all,
			boolean mayManage, boolean mayCommand) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		all.forEach(category -> names.put(category.code(), category(category.code(), category.name())));
		return new RetentionPanel(
				status.categories().stream().map(code -> names.getOrDefault(code, code)).toList(),
				status.retainUntil() == null ? "" : when(status.retainUntil()),
				status.legalHold() == null ? "" : status.legalHold(), status.inCase(),
				status.state() == ItemState.DELETION_PENDING,
				all.stream().map(c -> new CategoryOption(c.code(), names.get(c.code()))).toList(),
				mayManage, mayCommand);
	}

	List<ExportRow> exports(List<EvidenceExport> exports) {
		return exports.stream().map(e -> new ExportRow(e.id().toString(), "LEO-" + e.code(), e.recipient(), e.purpose(),
				e.requestedBy(), when(e.requestedAt()), e.state().name(), e.progress(),
				e.sha256() == null ? "" : e.sha256(),
				e.failure() == null ? "" : messages.getMessage(e.failureReason(), LocaleContextHolder.getLocale())))
			.toList();
	}

	private List<ItemFact> facts(EvidenceItem item) {
		List<ItemFact> facts = new ArrayList<>();
		facts.add(fact("kind", text("evidence.pages.kind." + item.kind().name())));
		facts.add(fact("file", text("evidence.pages.fact.file.value", item.fileName(), item.mediaType(),
				size(item.sizeBytes()))));
		facts.add(new ItemFact(text("evidence.pages.fact.sha256"), item.sha256(), true));
		facts.add(fact("recorded", span(item.recording().from(), item.recording().to())));
		facts.add(fact("device", orDash(item.recording().device())));
		facts.add(fact("officer",
				item.recording().officer() == null ? "—" : item.recording().officer().toString()));
		facts.add(fact("location", orDash(item.recording().location())));
		facts.add(fact("ingested", text("evidence.pages.fact.ingested.value", when(item.ingestedAt()),
				item.ingestedBy())));
		String state = text("evidence.pages.state." + item.state().name());
		facts.add(fact("state", item.deletionDue() == null ? state
				: text("evidence.pages.fact.state.purged", state, when(item.deletionDue()))));
		return facts;
	}

	private ItemFact fact(String name, String value) {
		return new ItemFact(text("evidence.pages.fact." + name), value, false);
	}

	/**
	 * A retention category's name in the reader's language; a category the agency added itself has no translation and
	 * is named as the agency named it.
	 */
	String category(String code, String name) {
		return messages.getMessage("evidence.pages.category." + code, null, name, LocaleContextHolder.getLocale());
	}

	/** A text of the evidence pages in the language of the request being answered. */
	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	String when(Instant instant) {
		return instant == null ? "—" : time.stampSeconds(instant);
	}

	private String span(Instant from, Instant to) {
		if (from == null && to == null) {
			return "—";
		}
		return when(from) + " – " + when(to);
	}

	private String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}
}
