package org.leoprotocol.evidence;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence lives and how the custody ledger behaves.
 *
 * @param directory the evidence store on the filesystem (blobs, uploads in progress, the ledger's signing key)
 * @param maxSize the largest single item accepted; a 10-hour body-camera shift at 8 Mbit/s is about 36 GB
 * @param headInterval how often a signed tree head is published when the ledger has grown
 * @param batchSize the most custody events made durable by one commit (group commit)
 * @param store {@code filesystem} or {@code s3}
 * @param s3 the S3-compatible store, when chosen
 */
@ConfigurationProperties("leo.evidence")
record EvidenceProperties(Path directory, DataSize maxSize, Duration headInterval, Integer batchSize, String store,
		S3 s3) {

	EvidenceProperties {
		directory = directory == null ? Path.of("data", "evidence") : directory;
		maxSize = maxSize == null ? DataSize.ofGigabytes(100) : maxSize;
		headInterval = headInterval == null ? Duration.ofSeconds(10) : headInterval;
		batchSize = batchSize == null ? 1000 : batchSize;
		store = store == null ? "filesystem" : store;
	}

	/**
	 * @param endpoint the service address; leave empty for AWS itself
	 * @param objectLock whether the bucket has S3 Object Lock, so legal holds are placed on the objects too
	 */
	record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean objectLock) {
	}
}
