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
 * @param keyFile the installation's signing key, shared by all nodes, outside the evidence store
 * @param keyPassphrase encrypts the key file at rest (set it in the environment: LEO_EVIDENCE_KEY_PASSPHRASE)
 * @param origin the ledger's unique name in its checkpoints, such as {@code police.example.org/custody}
 * @param witnesses where checkpoints are sent for cosignature, each {@code URL=verifier key}
 * @param witnessName this installation's name when it cosigns other logs' checkpoints
 * @param knownLogs the verifier keys of the logs this installation witnesses
 */
@ConfigurationProperties("leo.evidence")
public record EvidenceProperties(Path directory, DataSize maxSize, Duration headInterval, Integer batchSize,
		String store,
		S3 s3, Path keyFile, String keyPassphrase, String origin, java.util.List<String> witnesses, String witnessName,
		java.util.List<String> knownLogs) {

	public EvidenceProperties {
		directory = directory == null ? Path.of("data", "evidence") : directory;
		maxSize = maxSize == null ? DataSize.ofGigabytes(100) : maxSize;
		headInterval = headInterval == null ? Duration.ofSeconds(10) : headInterval;
		batchSize = batchSize == null ? 1000 : batchSize;
		store = store == null ? "filesystem" : store;
		keyFile = keyFile == null ? Path.of("data", "keys", "ledger.key") : keyFile;
		origin = origin == null || origin.isBlank() ? org.leoprotocol.evidence.ledger.TreeHead.ORIGIN : origin.strip();
		witnesses = witnesses == null ? java.util.List.of() : java.util.List.copyOf(witnesses);
		witnessName = witnessName == null || witnessName.isBlank() ? origin + "/witness" : witnessName.strip();
		knownLogs = knownLogs == null ? java.util.List.of() : java.util.List.copyOf(knownLogs);
	}

	/**
	 * Where the evidence files are kept when they go to an S3-compatible object store.
	 * @param endpoint the service address; leave empty for AWS itself
	 * @param objectLock whether the bucket has S3 Object Lock, so legal holds are placed on the objects too
	 */
	public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey,
			boolean objectLock) {
	}
}
