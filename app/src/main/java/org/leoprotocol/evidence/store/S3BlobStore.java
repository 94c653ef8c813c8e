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
	private final S3Objects objects;
	private final S3Uploads uploads;
	private final long singlePutLimit;
	private final long partSize;
	private final Path spool;

	S3BlobStore(S3Client s3, String bucket, boolean objectLock, long singlePutLimit, long partSize, Path spool) {
		this.s3 = s3;
		this.spool = spool;
		this.bucket = bucket;
		this.objects = new S3Objects(s3, bucket, objectLock);
		this.uploads = new S3Uploads(s3, bucket, objects);
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
			if (!objects.exists(key)) {
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
		return uploads.start(upload);
	}

	@Override
	public String putPart(UUID upload, String handle, int number, Path piece) throws IOException {
		return uploads.putPart(upload, handle, number, piece);
	}

	@Override
	public String finishParts(UUID upload, String handle, List<String> tags, String sha256) throws IOException {
		return uploads.finish(upload, handle, tags);
	}

	@Override
	public void abortParts(UUID upload, String handle) throws IOException {
		uploads.abort(upload, handle);
	}

	@Override
	public String putTail(UUID upload, Path piece) throws IOException {
		return uploads.putTail(upload, piece);
	}

	@Override
	public InputStream openTail(UUID upload, String tag) throws IOException {
		return uploads.openTail(upload, tag);
	}

	@Override
	public void deleteTail(UUID upload, String tag) throws IOException {
		uploads.deleteTail(upload, tag);
	}

	@Override
	public InputStream open(String key) throws IOException {
		return objects.open(key);
	}

	@Override
	public long size(String key) throws IOException {
		return objects.size(key);
	}

	@Override
	public void delete(String key) throws IOException {
		objects.delete(key);
	}

	@Override
	public void legalHold(String key, boolean on) throws IOException {
		objects.legalHold(key, on);
	}
}
