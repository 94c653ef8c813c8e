package org.leoprotocol.audit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

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
	void aDetailWrittenBeforeKeysReadsAsWrittenWithItsCodesAsWords() {
		assertThat(AuditDetails.said("body camera RECORDING_STARTED", messages, SPANISH))
			.isEqualTo("body camera recording started");
		assertThat(AuditDetails.said("incident, name shown", messages, SPANISH)).isEqualTo("incident, name shown");
		assertThat(AuditDetails.said(null, messages, SPANISH)).isEmpty();
		assertThat(AuditDetails.stored(null)).isNull();
	}

	@Test
	void aDetailOutsideTheAuditKeysIsRefusedBeforeItIsStored() {
		assertThatThrownBy(() -> AuditDetails.stored(Sentence.of("conflicts.act.dispatch.ASSIGNED")))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audit.detail.");
	}
}
