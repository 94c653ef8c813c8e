package org.leoprotocol.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.EvidenceCustody;
import org.leoprotocol.evidence.EvidenceExports;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.LeakTrace;
import org.leoprotocol.evidence.LinkKind;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.Recording;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationStatus;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.shared.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scenario 002's evidence: the security-camera clip of holding room 2, recorded minutes before the officer under
 * investigation was escorted out, and the story of its custody told through the evidence module as it would happen. The
 * holding-room camera system hands the clip in; the case's investigator links it to the internal case (naming the
 * officer it investigates, who is thereby kept out of it), views it and plays it; two watermarked copies go out, one to
 * the District Attorney's Office and one to the officer's defence counsel; a copy surfaces publicly and the leak trace
 * finds, by its SHA-256, the export it came from. Each step lands in the custody ledger and the investigator's case
 * file.
 *
 * <p>
 * The clip is a test pattern with a caption ({@code demo/holding-room-2.mp4}, no person in it), and its two exports
 * ship beside it already stamped with their watermark line and export code, made with the same ffmpeg filter Leo uses
 * ({@code etc/demo-clip.sh}): a demo starts without ffmpeg, and the clip is a CCTV video, which Leo does not probe. The
 * child of the story is never named, here or in any public output. Each step is looked for before it is taken, so a
 * restart adds nothing.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("leo.demo.enabled")
class DemoHoldingRoomClip implements ApplicationRunner {

	static final String CLIP = "holding-room-2.mp4";
	/** Who hands the clip in: the holding room's camera system. */
	static final String CAMERA_SYSTEM = "cctv.holding-room-2";
	static final String INVESTIGATOR = "investigator";
	/** The first words of the case-file entry that refers to the clip. */
	static final String CLIP_ENTRY = "Security-camera clip of holding room 2";
	/** The first words of the case-file entry that records the leak trace. */
	static final String LEAK_ENTRY = "Leak traced:";

	static final WatermarkedCopy PROSECUTOR = new WatermarkedCopy("K4Q7HR2DA9", "District Attorney's Office",
			"Charging review of the interference allegation");
	static final WatermarkedCopy DEFENCE = new WatermarkedCopy("K4Q7HR2VP3", "Vogel & Partners, defence counsel",
			"Disclosure to the officer's defence");
	/** The copy that surfaced publicly: byte for byte the defence counsel's export. */
	static final WatermarkedCopy LEAKED = DEFENCE;

	private final ClusterLock seedingLock;
	private final CaseReports reports;
	private final Investigations investigations;
	private final Roster roster;
	private final EvidenceIntake intake;
	private final EvidenceCustody custody;
	private final EvidenceExports exports;
	private final LeakTrace trace;
	private final MessageSource messages;

	DemoHoldingRoomClip(ClusterLock seedingLock, CaseReports reports, Investigations investigations, Roster roster,
			EvidenceIntake intake, EvidenceCustody custody, EvidenceExports exports, LeakTrace trace,
			MessageSource messages) {
		this.seedingLock = seedingLock;
		this.reports = reports;
		this.investigations = investigations;
		this.roster = roster;
		this.intake = intake;
		this.custody = custody;
		this.exports = exports;
		this.trace = trace;
		this.messages = messages;
	}

	/** After the stories ({@link DemoStories} opens the case); under the seeding lock like them. */
	@Override
	@SuppressWarnings("try") // the lock is held for the block and never read
	public void run(ApplicationArguments args) {
		try (ClusterLock.Held seeding = seedingLock.hold(ClusterLock.START_UP_SEEDING)) {
			tell();
		}
	}

	private void tell() {
		OfficerId subject = roster.findByBadge(DemoDepartment.DETECTIVE_SERGEANT.badgeNumber()).orElseThrow().id();
		Optional<Investigation> internalCase = reports.againstOfficer(subject).stream()
			.filter(c -> c.caseType() == CaseType.INTERNAL && c.status() != InvestigationStatus.CLOSED).findFirst();
		if (internalCase.isEmpty()) {
			return;
		}
		Investigation opened = internalCase.get();
		EvidenceId clip = entry(opened, CLIP_ENTRY).map(e -> EvidenceId.of(e.reference()))
			.orElseGet(() -> takeIntoEvidence(opened, subject));
		if (exports.of(clip).isEmpty()) {
			as(INVESTIGATOR, () -> custody.view(clip, INVESTIGATING));
			as(INVESTIGATOR, () -> custody.open(clip, CustodyAction.STREAMED, "", INVESTIGATING));
			export(clip, PROSECUTOR);
			export(clip, DEFENCE);
		}
		if (entry(opened, LEAK_ENTRY).isEmpty()) {
			traceTheLeak(opened, clip);
		}
	}

	/**
	 * The camera system hands the clip in (INGESTED), recorded twenty minutes before the case was opened; the
	 * investigator links it to the case, naming the officer it investigates (LINKED), and refers to it in the case
	 * file.
	 */
	private EvidenceId takeIntoEvidence(Investigation opened, OfficerId subject) {
		byte[] clip = bytes("demo/" + CLIP);
		Instant recorded = opened.openedAt().minus(Duration.ofMinutes(20));
		NewUpload upload = new NewUpload(EvidenceKind.CCTV_VIDEO, CLIP, clip.length, null,
				new Recording("CCTV HR-2", null, recorded, recorded.plusSeconds(5),
						"Central Precinct, holding room 2"),
				null, null);
		EvidenceItem item = as(CAMERA_SYSTEM,
				() -> intake.ingest(upload, new java.io.ByteArrayInputStream(clip), Actor.staff(CAMERA_SYSTEM)));
		as(INVESTIGATOR, () -> {
			custody.link(item.id(), LinkKind.CASE, opened.caseNumber(), subject, INVESTIGATING);
			return null;
		});
		investigations.addEntry(opened.id(), CaseEntry.Kind.EVIDENCE, item.id().toString(), null, null, CLIP_ENTRY
				+ ", recorded minutes before the escort; handed in by the holding room's camera system. Its chain of"
				+ " custody records every view, playback and export.", Actor.staff(INVESTIGATOR));
		return item.id();
	}

	/** The investigator sends a watermarked copy (EXPORTED with both hashes), stamped ahead of time. */
	private void export(EvidenceId clip, WatermarkedCopy copy) {
		as(INVESTIGATOR, () -> {
			try (InputStream stamped = new ClassPathResource(copy.resource()).getInputStream()) {
				return exports.exportStampedCopy(clip, copy.code(), copy.recipient(), copy.purpose(), stamped,
						INVESTIGATING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the demo's stamped copy " + copy.resource(), ex);
			}
		});
	}

	/** A copy of the clip surfaces publicly; the leak trace finds its export by the copy's SHA-256. */
	private void traceTheLeak(Investigation opened, EvidenceId clip) {
		Path leaked = null;
		try {
			leaked = Files.createTempFile("leaked-holding-room-clip", ".mp4");
			Files.write(leaked, bytes(LEAKED.resource()));
			LeakTrace.Trace found = trace.trace(leaked);
			String explanation = messages.getMessage(found.explanation(), Locale.ENGLISH);
			if (!found.found()) {
				throw new IllegalStateException("The demo's leaked copy was not traced: " + explanation);
			}
			investigations.addEntry(opened.id(), CaseEntry.Kind.EVIDENCE, clip.toString(), null, null,
					LEAK_ENTRY + " the copy of the holding-room clip that surfaced publicly has SHA-256 "
							+ found.sha256() + ". " + explanation + " (purpose: " + found.export().purpose()
							+ ", made by " + found.export().requestedBy() + "). Trace it again on the evidence"
							+ " page's leak trace with the code LEO-" + found.export().code() + ".",
					Actor.staff(INVESTIGATOR));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not trace the demo's leaked copy", ex);
		}
		finally {
			deleteQuietly(leaked);
		}
	}

	private Optional<CaseEntry> entry(Investigation opened, String prefix) {
		return investigations.entries(opened.id()).stream()
			.filter(e -> e.kind() == CaseEntry.Kind.EVIDENCE && e.content() != null && e.content().startsWith(prefix))
			.findFirst();
	}

	private static final Actor INVESTIGATING = Actor.staff(INVESTIGATOR, Role.INVESTIGATOR);

	/**
	 * Runs {@code work} signed in as {@code username} with the roles of that demo account, so the custody ledger names
	 * who acted; the previous sign-in (none, at start) comes back afterwards.
	 */
	private static <T> T as(String username, Supplier<T> work) {
		List<Role> roles = username.equals(INVESTIGATOR) ? List.of(Role.INVESTIGATOR) : List.of();
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The demo resource " + resource + " is missing", ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a temporary file left behind is removed with the system's temporary files
		}
	}
}
