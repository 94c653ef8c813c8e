package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs in an S3-compatible bucket under {@code evidence/<sha256>} (AWS SDK v2). Files up to
 * {@value #SINGLE_PUT_LIMIT_MB} MB go in one PUT, larger ones as a multipart upload of {@value #PART_MB} MB parts,
 * streamed from the finished file and aborted on any failure, so the bucket never holds half an item
 * (Amazon S3 User Guide, multipart upload and its AbortMultipartUpload). With Object Lock, legal holds are placed
 * on the objects themselves, where nobody can delete them, not even an administrator of Leo.
 */
class S3BlobStore implements BlobStore {

	static final long SINGLE_PUT_LIMIT_MB = 100;
	static final long PART_MB = 64;

	private final S3Client s3;
	private final String bucket;
	private final boolean objectLock;
	private final long singlePutLimit;
	private final long partSize;

	S3BlobStore(S3Client s3, String bucket, boolean objectLock, long singlePutLimit, long partSize) {
		this.s3 = s3;
		this.bucket = bucket;
		this.objectLock = objectLock;
		this.singlePutLimit = singlePutLimit;
		this.partSize = partSize;
	}

	static S3BlobStore of(EvidenceProperties.S3 settings) {
		return of(settings, SINGLE_PUT_LIMIT_MB * 1024 * 1024, PART_MB * 1024 * 1024);
	}

	static S3BlobStore of(EvidenceProperties.S3 settings, long singlePutLimit, long partSize) {
		if (settings == null || settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("leo.evidence.store=s3 needs leo.evidence.s3.bucket");
		}
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region() == null ? "us-east-1" : settings.region()))
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(settings.accessKey() == null ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(settings.endpoint())).forcePathStyle(true);
		}
		return new S3BlobStore(builder.build(), settings.bucket(), settings.objectLock(), singlePutLimit, partSize);
	}

	@Override
	public String keep(Path finished, String sha256) throws IOException {
		String key = "evidence/" + sha256;
		try {
			if (!exists(key)) {
				long size = Files.size(finished);
				if (size <= singlePutLimit) {
					s3.putObject(put -> put.bucket(bucket).key(key).contentLength(size), RequestBody.fromFile(finished));
				}
				else {
					multipart(finished, key, size);
				}
			}
			Files.delete(finished);
			return key;
		}
		catch (SdkException ex) {
			throw new IOException("The S3 store refused " + key + ": " + ex.getMessage(), ex);
		}
	}

	private void multipart(Path finished, String key, long size) throws IOException {
		String upload = s3.createMultipartUpload(create -> create.bucket(bucket).key(key)).uploadId();
		List<CompletedPart> parts = new ArrayList<>();
		try (InputStream in = Files.newInputStream(finished)) {
			for (int number = 1; (long) (number - 1) * partSize < size; number++) {
				long length = Math.min(partSize, size - (number - 1) * partSize);
				int part = number;
				String etag = s3.uploadPart(p -> p.bucket(bucket).key(key).uploadId(upload).partNumber(part).contentLength(length),
						RequestBody.fromInputStream(new BoundedStream(in, length), length)).eTag();
				parts.add(CompletedPart.builder().partNumber(part).eTag(etag).build());
			}
			s3.completeMultipartUpload(c -> c.bucket(bucket).key(key).uploadId(upload).multipartUpload(m -> m.parts(parts)));
		}
		catch (IOException | SdkException ex) {
			s3.abortMultipartUpload(a -> a.bucket(bucket).key(key).uploadId(upload));
			throw ex;
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return s3.getObject(get -> get.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("Cannot read " + key + " from the S3 store: " + ex.getMessage(), ex);
		}
	}

	@Override
	public long size(String key) throws IOException {
		try {
			return s3.headObject(head -> head.bucket(bucket).key(key)).contentLength();
		}
		catch (SdkException ex) {
			throw new IOException("Cannot find " + key + " in the S3 store", ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			s3.deleteObject(delete -> delete.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("The S3 store refused to delete " + key + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void legalHold(String key, boolean on) throws IOException {
		if (!objectLock) {
			return;
		}
		try {
			s3.putObjectLegalHold(hold -> hold.bucket(bucket).key(key)
				.legalHold(h -> h.status(on ? ObjectLockLegalHoldStatus.ON : ObjectLockLegalHoldStatus.OFF)));
		}
		catch (SdkException ex) {
			throw new IOException("The S3 store refused the legal hold on " + key + ": " + ex.getMessage(), ex);
		}
	}

	private boolean exists(String key) {
		try {
			s3.headObject(head -> head.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException missing) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	/** The next {@code length} bytes of a stream, for one part of a multipart upload. */
	private static final class BoundedStream extends InputStream {

		private final InputStream in;
		private long left;

		BoundedStream(InputStream in, long length) {
			this.in = in;
			this.left = length;
		}

		@Override
		public int read() throws IOException {
			if (left <= 0) {
				return -1;
			}
			int b = in.read();
			if (b >= 0) {
				left--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (left <= 0) {
				return -1;
			}
			int n = in.read(buffer, offset, (int) Math.min(length, left));
			if (n > 0) {
				left -= n;
			}
			return n;
		}

		@Override
		public void close() {
			// the whole file's stream is closed by the caller after the last part
		}
	}
}
