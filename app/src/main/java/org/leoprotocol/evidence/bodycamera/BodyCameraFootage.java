package org.leoprotocol.evidence.bodycamera;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.evidence.BodyCameraFootageIngested;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.Recording;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Places body-camera footage in time from the file itself. At intake the file is read with ffprobe
 * ({@link FootageProbe}): its recording start ({@code creation_time}) and length give the span, a serial tag names the
 * device (else the device chosen at upload), and the device assignment covering the start names the officer who wore it
 * ({@link BodyCameras}; else the officer named at upload). What was found is kept per item, and a placed clip linked to
 * an incident is announced with {@link BodyCameraFootageIngested}, from which Leo's Protocol writes the incident's
 * timeline. A clip whose span cannot be placed is still taken into custody, with the reason, said to each reader in
 * their own language ({@code footage.note.*}).
 */
@Component
public class BodyCameraFootage {

	/** How a clip's recording times are said to its uploader: in UTC, as the footage's own metadata gives them. */
	public static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The first part of the key of every sentence a clip's note keeps. */
	private static final String NOTES = "footage.note.";

	private static final java.util.regex.Pattern UNREADABLE_IN_ENGLISH = java.util.regex.Pattern
		.compile("metadata could not be read \\((.*)\\)\\.$", java.util.regex.Pattern.DOTALL);

	private final FootageProbe probe;
	private final BodyCameras cameras;
	private final Roster roster;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	BodyCameraFootage(FootageProbe probe, BodyCameras cameras, Roster roster, JdbcClient jdbc,
			ApplicationEventPublisher events,
			Clock clock) {
		this.probe = probe;
		this.cameras = cameras;
		this.roster = roster;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Reads the file and decides its span, device and officer; nothing is stored yet. */
	public FootageSpan read(Path file, Recording declared) {
		FootageMetadata metadata = probe.probe(file);
		String device = metadata.serial() != null ? metadata.serial() : declared.device();
		DeviceSource source = metadata.serial() != null ? DeviceSource.FOOTAGE
				: declared.device() != null ? DeviceSource.DECLARED : null;
		Instant start = metadata.start();
		Instant stop = metadata.stop();
		Optional<OfficerId> assigned = device != null && start != null ? cameras.wornBy(device, start)
				: Optional.empty();
		OfficerId officer = assigned.orElse(declared.officer());
		ClipPlacement placement;
		if (start == null) {
			placement = metadata.problem() != null ? ClipPlacement.UNREADABLE : ClipPlacement.NO_START;
		}
		else if (stop == null) {
			placement = ClipPlacement.NO_LENGTH;
		}
		else if (device == null) {
			placement = ClipPlacement.NO_DEVICE;
		}
		else if (officer == null) {
			placement = ClipPlacement.NO_OFFICER;
		}
		else {
			placement = assigned.isPresent() ? ClipPlacement.PLACED : ClipPlacement.PLACED_WITH_DECLARED_OFFICER;
		}
		return new FootageSpan(device, source, officer, start, stop, placement, metadata.problem());
	}

	/** The recording as the item keeps it: what the file says where it says it, the upload's declaration otherwise. */
	public static Recording recording(FootageSpan span, Recording declared) {
		return new Recording(span.device(), span.officer(), span.start() != null ? span.start() : declared.from(),
				span.start() != null && span.stop() != null ? span.stop() : span.start() != null ? null : declared.to(),
				declared.location());
	}

	/** Keeps what was found for the item, and announces it if it is placed and linked to an incident. */
	public void keep(EvidenceItem item, FootageSpan span, String incidentReference) {
		jdbc.sql(
				"""
						insert into body_camera_footage (evidence_id, device_id, device_source, officer_id, recording_start, recording_stop,
						                                 placement, note, probed_at)
						values (:id, :device, :source, :officer, :start, :stop, :placement, :note, :at)
						""")
			.param("id", item.id().value()).param("device", span.device())
			.param("source", span.source() == null ? null : span.source().name())
			.param("officer", span.officer() == null ? null : span.officer().value()).param("start", utc(span.start()))
			.param("stop", utc(span.stop())).param("placement", span.placement().name()).param("note", note(span))
			.param("at", utc(clock.instant())).update();
		announce(item, span, incidentReference);
	}

	/** After a link to an incident: a placed clip enters that incident's timeline. */
	public void linked(EvidenceItem item, String incidentReference) {
		of(item.id()).ifPresent(span -> announce(item, span, incidentReference));
	}

	/**
	 * Where the item's footage was placed, as the item's page says it in the reader's language, its times written by
	 * {@code when} (the agency's zone, labelled).
	 */
	public Optional<org.leoprotocol.evidence.web.FootagePlacement> page(EvidenceId id,
			java.util.function.Function<java.time.Instant, String> when) {
		return of(id).map(span -> {
			String badge = span.officer() == null ? ""
					: roster.find(span.officer()).map(Officer::badgeNumber).orElse(span.officer().toString());
			Object[] arguments = switch (span.placement()) {
				case PLACED, PLACED_WITH_DECLARED_OFFICER ->
					new Object[] { when.apply(span.start()), when.apply(span.stop()),
							span.device(), badge,
							new Phrase("footage.source."
									+ (span.source() == null ? DeviceSource.DECLARED : span.source())) };
				case NO_OFFICER -> new Object[] { span.device(), when.apply(span.start()) };
				case UNREADABLE -> span.problem() == null ? new Object[0] : new Object[] { span.problem() };
				default -> new Object[0];
			};
			String key = NOTES + span.placement().name();
			return new org.leoprotocol.evidence.web.FootagePlacement(
					span.placement() == ClipPlacement.UNREADABLE && span.problem() != null ? key + ".why" : key,
					arguments);
		});
	}

	Optional<FootageSpan> of(EvidenceId id) {
		return jdbc.sql("""
				select device_id, device_source, officer_id, recording_start, recording_stop, placement, note
				from body_camera_footage where evidence_id = :id
				""").param("id", id.value()).query((rs, row) -> {
			UUID officer = rs.getObject("officer_id", UUID.class);
			String source = rs.getString("device_source");
			return new FootageSpan(rs.getString("device_id"), source == null ? null : DeviceSource.valueOf(source),
					officer == null ? null : new OfficerId(officer), instant(rs.getTimestamp("recording_start")),
					instant(rs.getTimestamp("recording_stop")), ClipPlacement.valueOf(rs.getString("placement")),
					problem(rs.getString("note")));
		}).optional();
	}

	/**
	 * The item's note as its column keeps it: the key of the sentence that says where the clip was placed, with
	 * ffprobe's own words when it could not read the file. The times, the device and the officer are kept in their
	 * columns, so a reader reads them in their own zone and language.
	 */
	static String note(FootageSpan span) {
		return span.placement() == ClipPlacement.UNREADABLE && span.problem() != null
				? Sentence.ofText(NOTES + span.placement().name(), span.problem()).stored()
				: Sentence.ofText(NOTES + span.placement().name()).stored();
	}

	/**
	 * ffprobe's words kept with a clip it could not read: the argument of the note's sentence, or, for a note kept in
	 * English before notes were sentences, the words in the brackets of "its metadata could not be read (…).".
	 */
	static String problem(String note) {
		if (note == null) {
			return null;
		}
		if (note.startsWith(NOTES)) {
			Sentence kept = Sentence.read(note);
			return kept.arguments().isEmpty() ? null : kept.arguments().get(0).toString();
		}
		java.util.regex.Matcher english = UNREADABLE_IN_ENGLISH.matcher(note);
		return english.find() ? english.group(1) : null;
	}

	private void announce(EvidenceItem item, FootageSpan span, String incidentReference) {
		if (incidentReference != null && span.placed()) {
			events.publishEvent(new BodyCameraFootageIngested(item.id(), item.fileName(), span.officer(), span.device(),
					span.source() == DeviceSource.FOOTAGE, span.start(), span.stop(), incidentReference));
		}
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(java.sql.Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}
