package org.leoprotocol.evidence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Switches on the evidence settings and publishes a signed tree head and checkpoint whenever the ledger grew, then
 * sends the checkpoint to the witnesses. A node without the installation key says so once and signs nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
@EnableScheduling
class EvidenceConfiguration {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EvidenceConfiguration.class);

	private final CustodyLedger ledger;
	private final WitnessSubmissions witnesses;
	private final java.util.concurrent.atomic.AtomicBoolean refusalLogged = new java.util.concurrent.atomic.AtomicBoolean();

	EvidenceConfiguration(CustodyLedger ledger, WitnessSubmissions witnesses) {
		this.ledger = ledger;
		this.witnesses = witnesses;
	}

	@Bean
	static BlobStore blobStore(EvidenceProperties properties) {
		return switch (properties.store()) {
			case "filesystem" -> new FileSystemBlobStore(properties.directory());
			case "s3" -> S3BlobStore.of(properties.s3(), properties.directory().resolve("spool"));
			default -> throw new IllegalStateException("leo.evidence.store must be 'filesystem' or 's3', not '" + properties.store() + "'");
		};
	}

	@Bean
	static VideoStamp videoStamp(@org.springframework.beans.factory.annotation.Value("${leo.evidence.ffmpeg:/usr/bin/ffmpeg}") java.nio.file.Path ffmpeg) {
		return new VideoStamp(ffmpeg);
	}

	@Scheduled(initialDelayString = "${leo.evidence.head-interval:PT10S}", fixedDelayString = "${leo.evidence.head-interval:PT10S}")
	void publishTreeHead() {
		try {
			ledger.publishHead();
			witnesses.submitLatest();
		}
		catch (LedgerKey.SigningRefused refused) {
			if (!refusalLogged.getAndSet(true)) {
				log.error(refused.getMessage());
			}
		}
	}
}
