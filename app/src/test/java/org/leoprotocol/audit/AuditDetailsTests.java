package org.leoprotocol.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.deadline.ClockAdjustment;
import org.leoprotocol.investigations.deadline.DeadlineClock;
import org.leoprotocol.investigations.publication.PublicTextKind;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditDetailsTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasenames("i18n/audit-details");
		bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
		bundle.setAlwaysUseMessageFormat(true);
		bundle.setFallbackToSystemLocale(false);
		return bundle;
	}

	@Test
	void aStoredDetailIsSaidInItsReadersLanguageWithItsArgumentsAsTyped() {
		String stored = AuditDetails.stored(Sentence.of("audit.detail.passkey.removed", "old | phone"));

		assertThat(stored).isEqualTo("audit.detail.passkey.removed|old \\| phone");
		assertThat(AuditDetails.said(stored, messages, Locale.ENGLISH)).isEqualTo("passkey 'old | phone' removed");
		assertThat(AuditDetails.said(stored, messages, SPANISH)).isEqualTo("llave de acceso 'old | phone' eliminada");
		assertThat(AuditDetails.said(AuditDetails.stored(Sentence.of("audit.detail.dispatch.ASSIGNED")), messages,
				SPANISH))
			.isEqualTo("despacho: unidad asignada");
	}

	@Test
	void aRefusalIsSaidInTheWordsOfTheSentenceThatRefusedIt() {
		ResourceBundleMessageSource withRefusals = messages();
		withRefusals.addBasenames("i18n/refusals");
		String stored = AuditDetails.stored(AuditTrail.refusedBecause("stream", "investigations.refused.conflict",
				"IA-2026-0005"));

		assertThat(stored)
			.isEqualTo("audit.detail.refused.because|stream|investigations.refused.conflict|IA-2026-0005");
		assertThat(AuditDetails.said(stored, withRefusals, SPANISH)).startsWith("stream: ").contains("IA-2026-0005")
			.isEqualTo("stream: " + withRefusals.getMessage("investigations.refused.conflict",
					new Object[] { "IA-2026-0005" }, SPANISH));
		assertThat(AuditDetails.said(AuditDetails.stored(Sentence.ofText("audit.detail.refused.history-withheld")),
				withRefusals, Locale.ENGLISH))
			.isEqualTo("status history and personnel actions withheld: not among the reader's duties");
	}

	@Test
	void aDetailWrittenBeforeKeysReadsAsWrittenWithItsCodesAsWords() {
		assertThat(AuditDetails.said("body camera RECORDING_STARTED", messages, SPANISH))
			.isEqualTo("body camera recording started");
		assertThat(AuditDetails.said("incident, name shown", messages, SPANISH)).isEqualTo("incident, name shown");
		assertThat(AuditDetails.said(null, messages, SPANISH)).isEmpty();
		assertThat(AuditDetails.stored(null)).isNull();
	}

	/**
	 * Every key Leo records a detail under has words (and so, by {@code MessageBundlesTests}, Spanish words): the keys
	 * written out in the sources, {@code @Audited} ones among them, and those made from a code.
	 */
	@Test
	void everyDetailLeoRecordsHasWords() throws IOException {
		Set<String> keys = new TreeSet<>();
		Pattern written = Pattern.compile("\"(audit\\.detail\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				written.matcher(Files.readString(source)).results().forEach(key -> keys.add(key.group(1)));
			}
		}
		Arrays.stream(TimelineEventType.values()).filter(TimelineEventType::dispatch)
			.forEach(type -> keys.add("audit.detail.dispatch." + type));
		Arrays.stream(TimelineEventType.values()).filter(TimelineEventType::camera)
			.forEach(type -> keys.add("audit.detail.camera." + type));
		for (PublicTextKind kind : PublicTextKind.values()) {
			Stream.of("written", "for-review", "approved")
				.forEach(done -> keys.add("audit.detail.public-text." + done + "." + kind));
		}
		Arrays.stream(Hearing.Purpose.values()).forEach(purpose -> keys.add("audit.detail.hearing.held." + purpose));
		for (DeadlineClock clock : DeadlineClock.values()) {
			Arrays.stream(ClockAdjustment.Kind.values())
				.forEach(kind -> keys.add("audit.detail.deadline." + clock.segment() + "." + kind));
		}

		assertThat(keys).hasSizeGreaterThan(100)
			.allSatisfy(key -> assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotNull());
	}

	@Test
	void aDetailOutsideTheAuditKeysIsRefusedBeforeItIsStored() {
		assertThatThrownBy(() -> AuditDetails.stored(Sentence.of("conflicts.act.dispatch.ASSIGNED")))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audit.detail.");
	}
}
