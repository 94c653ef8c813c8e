package org.leoprotocol.evidence.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.s3.S3Client;

import org.leoprotocol.evidence.EvidenceFixtures;
import org.leoprotocol.evidence.EvidenceProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 store against an in-process S3Proxy (transient backend): single PUT, multipart (with the smallest part S3
 * allows, 5 MiB, so the test stays small), read back, delete.
 */
class S3BlobStoreTests {

	@RegisterExtension
	static final S3ProxyExtension S3 = S3ProxyExtension.builder().withCredentials("access", "secret")
		.withBlobStoreProvider("transient").build();

	static final int MINIMUM_PART = 5 * 1024 * 1024;

	@TempDir
	Path directory;

	@Test
	void keepsReadsSizesAndDeletesABlob() throws Exception {
		S3BlobStore store = store("evidence-small");
		byte[] bytes = EvidenceFixtures.aPhoto();
		Path file = Files.write(directory.resolve("upload.part"), bytes);
		String key = store.keep(file, EvidenceFixtures.sha256(bytes));

		assertThat(key).isEqualTo("evidence/" + EvidenceFixtures.sha256(bytes));
		assertThat(file).doesNotExist();
		assertThat(store.size(key)).isEqualTo(bytes.length);
		try (InputStream in = store.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		store.legalHold(key, true);
		store.delete(key);
		assertThatThrownBy(() -> store.size(key)).hasMessageContaining("Cannot find");
	}

	@Test
	void sendsALargeFileAsAMultipartUpload() throws Exception {
		S3BlobStore store = store("evidence-large");
		byte[] bytes = new byte[3 * MINIMUM_PART + 1234];
		new Random(7).nextBytes(bytes);
		String sha = EvidenceFixtures.sha256(bytes);
		String key = store.keep(Files.write(directory.resolve("big.part"), bytes), sha);
		assertThat(store.size(key)).isEqualTo(bytes.length);
		try (InputStream in = store.open(key)) {
			assertThat(EvidenceFixtures.sha256(in.readAllBytes())).isEqualTo(sha);
		}
	}

	private S3BlobStore store(String bucket) {
		S3BlobStore store = S3BlobStore.of(new EvidenceProperties.S3(S3.getUri().toString(), "us-east-1", bucket,
				S3.getAccessKey(), S3.getSecretKey(), false), 2L * MINIMUM_PART, MINIMUM_PART);
		try (S3Client client = S3Client.builder().region(software.amazon.awssdk.regions.Region.US_EAST_1)
			.endpointOverride(S3.getUri()).forcePathStyle(true)
			.credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
					software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(S3.getAccessKey(),
							S3.getSecretKey())))
			.build()) {
			client.createBucket(create -> create.bucket(bucket));
		}
		return store;
	}
}
