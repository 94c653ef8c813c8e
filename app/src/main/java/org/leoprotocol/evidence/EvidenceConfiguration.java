package org.leoprotocol.evidence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Switches on the evidence settings and publishes a signed tree head whenever the ledger grew. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
@EnableScheduling
class EvidenceConfiguration {

	private final CustodyLedger ledger;

	EvidenceConfiguration(CustodyLedger ledger) {
		this.ledger = ledger;
	}

	@Bean
	static BlobStore blobStore(EvidenceProperties properties) {
		return switch (properties.store()) {
			case "filesystem" -> new FileSystemBlobStore(properties.directory());
			case "s3" -> S3BlobStore.of(properties.s3());
			default -> throw new IllegalStateException("leo.evidence.store must be 'filesystem' or 's3', not '" + properties.store() + "'");
		};
	}

	@Bean
	static VideoStamp videoStamp(@org.springframework.beans.factory.annotation.Value("${leo.evidence.ffmpeg:/usr/bin/ffmpeg}") java.nio.file.Path ffmpeg) {
		return new VideoStamp(ffmpeg);
	}

	@Scheduled(initialDelayString = "${leo.evidence.head-interval:PT10S}", fixedDelayString = "${leo.evidence.head-interval:PT10S}")
	void publishTreeHead() {
		ledger.publishHead();
	}
}
