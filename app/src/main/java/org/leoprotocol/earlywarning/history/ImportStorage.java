package org.leoprotocol.earlywarning.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where one import's chunks go: each chunk is stored under a savepoint, and a chunk the database refuses is retried row
 * by row, so one bad row never drops the good ones around it. The officers and complaints the import stored are
 * remembered, so an allegation that refers to them costs no query; an allegation whose officer or complaint is stored
 * nowhere is rejected, naming the file that lacks it.
 */
final class ImportStorage {

	private final HistoryMapping mapping;
	private final HistoryStore store;
	private final TransactionTemplate savepoints;
	private final Function<ImportedOfficer, UUID> rosterLink;
	private final HistoryImportReport.Builder report;
	private final Map<String, String> fileOf = new HashMap<>();
	private final Set<UUID> storedOfficers = new HashSet<>();
	private final Set<UUID> storedComplaints = new HashSet<>();

	ImportStorage(HistoryMapping mapping, HistoryStore store, TransactionTemplate savepoints,
			Function<ImportedOfficer, UUID> rosterLink, HistoryImportReport.Builder report) {
		this.mapping = mapping;
		this.store = store;
		this.savepoints = savepoints;
		this.rosterLink = rosterLink;
		this.report = report;
	}

	/** Remembers the name of each role's file, for the rejections of allegations that refer to a missing row. */
	void named(Map<String, ExportFile> files) {
		files.forEach((role, file) -> fileOf.put(role, file.name()));
	}

	/**
	 * Stores the lines of one chunk of a file of this role, rejecting those that cannot be stored, and says how many of
	 * the stored officers or complaints lack their date.
	 */
	long store(String role, List<ParsedLine> lines, ObjLongConsumer<Sentence> reject) {
		List<ParsedLine> storable = role.equals("allegations") ? joined(lines, reject) : lines;
		try {
			return savepoints.execute(tx -> write(role, storable));
		}
		catch (RuntimeException refused) {
			long undated = 0;
			for (ParsedLine line : storable) {
				undated += storeAlone(role, line, reject);
			}
			return undated;
		}
	}

	/** Once the allegations are stored, dates each agency officer's first complaint again. */
	void refreshFirstComplaint() {
		store.refreshFirstComplaint(mapping.agency());
	}

	/**
	 * The allegations whose officer and complaint are stored; the others are rejected, naming the file that lacks them.
	 * The officers and complaints this import stored are known from its earlier passes; only the others are looked up
	 * (stored by an earlier import), so a chunk usually costs no query here.
	 */
	private List<ParsedLine> joined(List<ParsedLine> lines, ObjLongConsumer<Sentence> reject) {
		Set<UUID> officers = mapping.reads("officers")
				? known(lines, storedOfficers, "ew_officer", line -> line.row().officerId()) : null;
		Set<UUID> complaints = mapping.reads("complaints")
				? known(lines, storedComplaints, "ew_complaint", line -> line.row().complaintId()) : null;
		List<ParsedLine> storable = new ArrayList<>();
		for (ParsedLine line : lines) {
			HistoryRow row = ((NumberedAllegation) line.value()).row();
			if (officers != null && !storedOfficers.contains(row.officerId()) && !officers.contains(row.officerId())) {
				reject.accept(
						Sentence.ofText("historyimport.row.officer", row.officerExternalId(), fileOf.get("officers")),
						line.row());
			}
			else if (complaints != null && !storedComplaints.contains(row.complaintId())
					&& !complaints.contains(row.complaintId())) {
				reject.accept(Sentence.ofText("historyimport.row.complaint", row.complaint().externalId(),
						fileOf.get("complaints")), line.row());
			}
			else {
				storable.add(line);
			}
		}
		return storable;
	}

	/** Of the ids these lines refer to and this import did not store, those an earlier import stored. */
	private Set<UUID> known(List<ParsedLine> lines, Set<UUID> storedHere, String table,
			Function<NumberedAllegation, UUID> id) {
		List<UUID> others = lines.stream().map(line -> id.apply((NumberedAllegation) line.value()))
			.filter(candidate -> !storedHere.contains(candidate)).distinct().toList();
		return others.isEmpty() ? Set.of() : store.existing(table, others);
	}

	private long storeAlone(String role, ParsedLine line, ObjLongConsumer<Sentence> reject) {
		try {
			return savepoints.execute(tx -> write(role, List.of(line)));
		}
		catch (RuntimeException refused) {
			reject.accept(Sentence.ofText("historyimport.row.database", rootCause(refused).getMessage()), line.row());
			return 0;
		}
	}

	private long write(String role, List<ParsedLine> batch) {
		return switch (role) {
			case "officers" -> storeOfficers(batch);
			case "complaints" -> storeComplaints(batch);
			default -> storeAllegations(batch);
		};
	}

	private long storeOfficers(List<ParsedLine> batch) {
		Map<UUID, ImportedOfficer> officers = new LinkedHashMap<>();
		batch.forEach(line -> officers.put(((ImportedOfficer) line.value()).id(), (ImportedOfficer) line.value()));
		store.upsertOfficers(officers.values(), rosterLink);
		storedOfficers.addAll(officers.keySet());
		report.officers(batch.size());
		return officers.values().stream().filter(officer -> officer.appointedOn() == null).count();
	}

	private long storeComplaints(List<ParsedLine> batch) {
		Map<UUID, ImportedComplaint> complaints = new LinkedHashMap<>();
		batch.forEach(
				line -> complaints.put(((ImportedComplaint) line.value()).id(), (ImportedComplaint) line.value()));
		store.upsertComplaints(complaints.values());
		storedComplaints.addAll(complaints.keySet());
		report.complaints(batch.size());
		return complaints.values().stream().filter(complaint -> complaint.closedOn() == null).count();
	}

	private long storeAllegations(List<ParsedLine> batch) {
		Map<UUID, ImportedOfficer> officers = new LinkedHashMap<>();
		Map<UUID, ImportedComplaint> complaints = new LinkedHashMap<>();
		List<NumberedAllegation> allegations = new ArrayList<>();
		for (ParsedLine line : batch) {
			NumberedAllegation allegation = (NumberedAllegation) line.value();
			officers.put(allegation.row().officerId(), allegation.row().officer());
			complaints.put(allegation.row().complaintId(), allegation.row().complaint());
			allegations.add(allegation);
		}
		if (!mapping.reads("officers")) {
			store.upsertOfficers(officers.values(), rosterLink);
		}
		if (!mapping.reads("complaints")) {
			store.upsertComplaints(complaints.values());
		}
		for (AllegationWritten written : store.upsertAllegations(allegations)) {
			report.stored(written != AllegationWritten.CREATED, written != AllegationWritten.UNCHANGED);
		}
		return 0;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}
}
