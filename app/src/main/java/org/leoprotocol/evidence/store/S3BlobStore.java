package org.leoprotocol.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

import org.leoprotocol.evidence.EvidenceProperties;

/**
 * Blobs in an S3-compatible bucket under {@code evidence/<sha256>} (AWS SDK v2). Files up to
 * {@value #SINGLE_PUT_LIMIT_MB} MB go in one PUT, larger ones as a multipart upload of {@value #PART_MB} MB parts,
 * streamed from the finished file and aborted on any failure, so the bucket never holds half an item (Amazon S3 User
 * Guide, multipart upload and its AbortMultipartUpload). With Object Lock, legal holds are placed on the objects
 * themselves, where nobody can delete them, not even an administrator of Leo.
 *
 * <p>
 * A resumable upload is an S3 multipart upload to {@code evidence/upload-<upload id>} from its first chunk: each piece
 * a node receives becomes one part (AWS's UploadPart), the upload id and the parts' ETags are kept in the database, and
 * the last chunk's node completes it, so no node keeps anything between requests. S3 refuses parts under 5 MiB but for
 * the last; a shorter piece waits as a separate "tail" object under {@code uploads/} until the next chunk is appended
 * to it (the approach of tusd's S3 store). An abandoned or expired upload is aborted (AbortMultipartUpload), which
 * frees its parts.
 */
public class S3BlobStore implements BlobStore {

	static final long SINGLE_PUT_LIMIT_MB = 100;
	static final long PART_MB = 64;
	static final long MINIMUM_PART = 5L * 1024 * 1024;
	static final long MAXIMUM_PARTS = 10_000;

	private final S3Client s3;
	private final String bucket;
	private final boolean objectLock;
	private final long singlePutLimit;
	private final long partSize;
	private final Path spool;

	S3BlobStore(S3Client s3, String bucket, boolean objectLock, long singlePutLimit, long partSize, Path spool) {
		this.s3 = s3;
		this.spool = spool;
		this.bucket = bucket;
		this.objectLock = objectLock;
		this.singlePutLimit = singlePutLimit;
		this.partSize = partSize;
	}

	public static S3BlobStore of(EvidenceProperties.S3 settings, Path spool) {
		return of(settings, SINGLE_PUT_LIMIT_MB * 1024 * 1024, PART_MB * 1024 * 1024, spool);
	}

	public static S3BlobStore of(EvidenceProperties.S3 settings, long singlePutLimit, long partSize) {
		return of(settings, singlePutLimit, partSize,
				Path.of(System.getProperty("java.io.tmpdir"), "leo-upload-spool"));
	}

	public static S3BlobStore of(EvidenceProperties.S3 settings, long singlePutLimit, long partSize, Path spool) {
		if (settings == null || settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("leo.evidence.store=s3 needs leo.evidence.s3.bucket");
		}
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region() == null ? "us-east-1" : settings.region()))
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(settings.accessKey() == null ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider
						.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(settings.endpoint())).forcePathStyle(true);
		}
		return new S3BlobStore(builder.build(), settings.bucket(), settings.objectLock(), singlePutLimit, partSize,
				spool);
	}

	@Override
	public String keep(Path finished, String sha256) throws IOException {
		String key = "evidence/" + sha256;
		try {
			if (!exists(key)) {
				long size = Files.size(finished);
				if (size <= singlePutLimit) {
					s3.putObject(put -> put.bucket(bucket).key(key).contentLength(size),
							RequestBody.fromFile(finished));
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
				String etag = s3
					.uploadPart(p -> p.bucket(bucket).key(key).uploadId(upload).partNumber(part).contentLength(length),
							RequestBody.fromInputStream(new BoundedStream(in, length), length))
					.eTag();
				parts.add(CompletedPart.builder().partNumber(part).eTag(etag).build());
			}
			s3.completeMultipartUpload(
					c -> c.bucket(bucket).key(key).uploadId(upload).multipartUpload(m -> m.parts(parts)));
		}
		catch (IOException | SdkException ex) {
			s3.abortMultipartUpload(a -> a.bucket(bucket).key(key).uploadId(upload));
			throw ex;
		}
	}

	@Override
	public Path spoolDirectory() {
		return spool;
	}

	@Override
	public long minimumPart(long declaredSize) {
		return Math.max(MINIMUM_PART, (declaredSize + MAXIMUM_PARTS - 1) / MAXIMUM_PARTS);
	}

	@Override
	public long partSize() {
		return partSize;
	}

	@Override
	public String startParts(UUID upload) throws IOException {
		return s3(() -> s3.createMultipartUpload(create -> create.bucket(bucket).key(uploadKey(upload))).uploadId(),
				upload);
	}

	@Override
	public String putPart(UUID upload, String handle, int number, Path piece) throws IOException {
		try {
			long size = Files.size(piece);
			return s3(() -> s3
				.uploadPart(part -> part.bucket(bucket).key(uploadKey(upload)).uploadId(handle).partNumber(number)
					.contentLength(size), RequestBody.fromFile(piece))
				.eTag(), upload);
		}
		finally {
			Files.deleteIfExists(piece);
		}
	}

	@Override
	public String finishParts(UUID upload, String handle, List<String> tags, String sha256) throws IOException {
		List<CompletedPart> parts = new ArrayList<>();
		for (int i = 0; i < tags.size(); i++) {
			parts.add(CompletedPart.builder().partNumber(i + 1).eTag(tags.get(i)).build());
		}
		String key = uploadKey(upload);
		s3(() -> s3.completeMultipartUpload(
				c -> c.bucket(bucket).key(key).uploadId(handle).multipartUpload(m -> m.parts(parts))),
				upload);
		return key;
	}

	@Override
	public void abortParts(UUID upload, String handle) throws IOException {
		try {
			if (handle != null) {
				s3.abortMultipartUpload(abort -> abort.bucket(bucket).key(uploadKey(upload)).uploadId(handle));
			}
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw new IOException("The S3 store refused to abort upload " + upload + ": " + ex.getMessage(), ex);
			}
		}
		for (var tail : s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix("uploads/" + upload + "/"))
			.contents()) {
			delete(tail.key());
		}
	}

	@Override
	public String putTail(UUID upload, Path piece) throws IOException {
		String tag = "tail-" + UUID.randomUUID();
		try {
			long size = Files.size(piece);
			s3(() -> s3.putObject(put -> put.bucket(bucket).key(tailKey(upload, tag)).contentLength(size),
					RequestBody.fromFile(piece)),
					upload);
			return tag;
		}
		finally {
			Files.deleteIfExists(piece);
		}
	}

	@Override
	public InputStream openTail(UUID upload, String tag) throws IOException {
		return open(tailKey(upload, tag));
	}

	@Override
	public void deleteTail(UUID upload, String tag) throws IOException {
		delete(tailKey(upload, tag));
	}

	private static String uploadKey(UUID upload) {
		return "evidence/upload-" + upload;
	}

	private static String tailKey(UUID upload, String tag) {
		return "uploads/" + upload + "/" + tag;
	}

	private static <T> T s3(java.util.function.Supplier<T> call, UUID upload) throws IOException {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw new IOException("The S3 store refused a part of upload " + upload + ": " + ex.getMessage(), ex);
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
