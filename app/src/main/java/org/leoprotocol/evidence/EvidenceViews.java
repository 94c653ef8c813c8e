package org.leoprotocol.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.evidence.EvidenceCustody.EvidenceRecord;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.evidence.web.EvidenceDetailView;
import org.leoprotocol.evidence.web.EvidenceDetailView.CustodyRow;
import org.leoprotocol.evidence.web.EvidenceDetailView.ExportRow;
import org.leoprotocol.evidence.web.EvidenceDetailView.Fact;
import org.leoprotocol.evidence.web.EvidenceDetailView.Link;
import org.leoprotocol.evidence.web.EvidenceRow;

import org.springframework.stereotype.Component;

/** Turns items, exports and custody events into the records the pages show; times in the agency's zone, labelled. */
@Component
class EvidenceViews {

	private final AgencyTime time;

	EvidenceViews(AgencyTime time) {
		this.time = time;
	}

	EvidenceRow row(EvidenceItem item) {
		return new EvidenceRow(item.id().toString(), item.kind().label(), item.fileName(), size(item.sizeBytes()),
				span(item.recording().from(), item.recording().to()), orDash(item.recording().device()),
				when(item.ingestedAt()),
				item.state().name());
	}

	EvidenceDetailView detail(EvidenceRecord record, List<EvidenceExport> exports, boolean mayExport, boolean mayLink,
			EvidenceDetailView.Retention retention, String notice, String problem, EvidenceDetailView.Footage footage) {
		EvidenceItem item = record.item();
		String preview = !item.isAvailable() ? "" : item.mediaType().startsWith("video/") ? "video"
				: item.mediaType().startsWith("image/") ? "image" : "";
		List<ExportRow> exportRows = exports(exports);
		return new EvidenceDetailView(item.id().toString(), item.fileName(), item.kind().label(), preview, facts(item),
				record.links().stream()
					.map(l -> new Link(l.kind().name(), l.reference(),
							l.subject() == null ? "" : "officer " + l.subject(),
							when(l.linkedAt()), l.linkedBy()))
					.toList(),
				exportRows, exportRows.stream().anyMatch(ExportRow::running),
				record.custody().stream()
					.map(e -> new CustodyRow(e.position(), when(e.occurredAt()), e.action().name(), e.actor(),
							e.detail()))
					.toList(),
				mayExport && item.isAvailable(), mayLink, retention, notice, problem, footage);
	}

	EvidenceDetailView.Retention retention(EvidenceRetention.RetentionStatus status, List<RetentionCategory> all,
			boolean mayManage, boolean mayCommand) {
		return new EvidenceDetailView.Retention(status.categories(),
				status.retainUntil() == null ? "until deleted by hand" : when(status.retainUntil()),
				status.legalHold() == null ? "" : status.legalHold(), status.inCase(),
				status.state() == EvidenceItem.State.DELETION_PENDING,
				all.stream().map(RetentionCategory::code).toList(), mayManage,
				mayCommand);
	}

	List<ExportRow> exports(List<EvidenceExport> exports) {
		return exports.stream().map(e -> new ExportRow(e.id().toString(), "LEO-" + e.code(), e.recipient(), e.purpose(),
				e.requestedBy(), when(e.requestedAt()), e.state().name(), e.progress(),
				e.sha256() == null ? "" : e.sha256(),
				e.failure() == null ? "" : e.failure()))
			.toList();
	}

	private List<Fact> facts(EvidenceItem item) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact("Kind", item.kind().label()));
		facts.add(new Fact("File", item.fileName() + " (" + item.mediaType() + ", " + size(item.sizeBytes()) + ")"));
		facts.add(new Fact("SHA-256", item.sha256()));
		facts.add(new Fact("Recorded", span(item.recording().from(), item.recording().to())));
		facts.add(new Fact("Device", orDash(item.recording().device())));
		facts
			.add(new Fact("Officer", item.recording().officer() == null ? "—" : item.recording().officer().toString()));
		facts.add(new Fact("Location", orDash(item.recording().location())));
		facts.add(new Fact("Taken into custody", when(item.ingestedAt()) + " by " + item.ingestedBy()));
		facts.add(new Fact("State", item.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
				+ (item.deletionDue() == null ? "" : " (purged after " + when(item.deletionDue()) + ")")));
		return facts;
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
