package org.leoprotocol.evidence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.leoprotocol.evidence.bodycamera.FootageProbe;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.custody.LedgerKey;
import org.leoprotocol.evidence.custody.WitnessSubmissions;
import org.leoprotocol.evidence.export.VideoStamp;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.evidence.store.FileSystemBlobStore;
import org.leoprotocol.evidence.store.S3BlobStore;
import org.leoprotocol.shared.ClusterJob;

/**
 * Switches on the evidence settings and the module's cluster jobs: a signed tree head and checkpoint whenever the
 * ledger grew, then sent to the witnesses; the nightly retention sweep; the expiry of uploads nobody continues. Each
 * runs on one node of the cluster at a time ({@link ClusterJob}). A node without the installation key says so once and
 * signs nothing.
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
			default -> throw new IllegalStateException(
					"leo.evidence.store must be 'filesystem' or 's3', not '" + properties.store() + "'");
		};
	}

	@Bean
	static VideoStamp videoStamp(
			@org.springframework.beans.factory.annotation.Value("${leo.evidence.ffmpeg:/usr/bin/ffmpeg}") java.nio.file.Path ffmpeg) {
		return new VideoStamp(ffmpeg);
	}

	@Bean
	static FootageProbe footageProbe(
			@org.springframework.beans.factory.annotation.Value("${leo.evidence.ffprobe:/usr/bin/ffprobe}") java.nio.file.Path ffprobe) {
		return new FootageProbe(ffprobe);
	}

	@Bean
	ClusterJob treeHeadJob(EvidenceProperties properties) {
		return ClusterJob.every("evidence-tree-head", properties.headInterval(), this::publishTreeHead);
	}

	@Bean
	ClusterJob retentionSweepJob(EvidenceRetention retention,
			@org.springframework.beans.factory.annotation.Value("${leo.evidence.retention-sweep:0 15 3 * * *}") String cron) {
		return new ClusterJob("evidence-retention-sweep", cron, retention::sweep);
	}

	@Bean
	ClusterJob uploadExpiryJob(EvidenceIntake intake,
			@org.springframework.beans.factory.annotation.Value("${leo.evidence.upload-expiry:P3D}") java.time.Duration idle) {
		return ClusterJob.every("evidence-upload-expiry", java.time.Duration.ofHours(1), () -> intake.expireIdle(idle));
	}

	@Bean
	ClusterJob stalledExportJob(EvidenceExports exports,
			@org.springframework.beans.factory.annotation.Value("${leo.evidence.stalled-export-check:PT1M}") java.time.Duration interval) {
		return ClusterJob.every("evidence-stalled-exports", interval, exports::abandonStalled);
	}

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
