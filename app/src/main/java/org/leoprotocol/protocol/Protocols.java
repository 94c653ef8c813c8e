package org.leoprotocol.protocol;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.protocol.definition.ProtocolDefinitions;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of protocol versions: the current one (used for new incidents), any earlier one (kept by the incidents
 * that ran under it), and publication of a new version by command staff.
 */
@Service
public class Protocols {

	public static final String COMPONENT = "protocol";

	private final ProtocolDefinitions definitions;
	private final Map<Integer, ProtocolVersion> published = new ConcurrentHashMap<>();
	private final AuditTrail audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Protocols(ProtocolDefinitions definitions, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.definitions = definitions;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	public ProtocolVersion current() {
		return version(definitions.latestVersion());
	}

	/**
	 * A published version. Published versions never change (the tables refuse it), so each node keeps the ones it has
	 * read: a copy of immutable data, not a cache of record.
	 */
	public ProtocolVersion version(int version) {
		ProtocolVersion known = published.get(version);
		if (known != null) {
			return known;
		}
		ProtocolVersion loaded = definitions.find(version)
			.orElseThrow(() -> new UnknownRecord("protocol.version.unknown", version));
		published.putIfAbsent(version, loaded);
		return loaded;
	}

	public List<ProtocolVersion> versions() {
		return definitions.all();
	}

	/**
	 * Publishes the steps as the next version; earlier versions and the incidents under them stay as they were. The
	 * notes say why the version was published, so that a changed deadline can always be traced to its reason. Ends by
	 * publishing {@link ProtocolVersionPublished}.
	 */
	@Transactional
	public ProtocolVersion publish(String name, String notes, List<ProtocolStep> steps, Actor publisher) {
		if (notes == null || notes.isBlank()) {
			throw new InvalidInput("protocol.version.notes.missing");
		}
		definitions.lockForPublication();
		ProtocolVersion version = new ProtocolVersion(definitions.latestVersion() + 1,
				name == null ? null : name.strip(),
				clock.instant(), publisher.username(), notes.strip(), steps);
		definitions.insert(version);
		audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("ProtocolVersion", version.version()),
				Sentence.of("audit.detail.protocol.steps", String.valueOf(version.steps().size())));
		events.publishEvent(new ProtocolVersionPublished(version.version(), version.name(), version.notes(),
				version.publishedAt()));
		return version;
	}
}
