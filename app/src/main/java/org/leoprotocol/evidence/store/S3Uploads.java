package org.leoprotocol.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Resumable uploads as S3 multipart uploads to {@code evidence/upload-<upload id>}: each piece a node receives becomes
 * one part, the last chunk's node completes the upload, and a piece shorter than S3's smallest part waits as a "tail"
 * object under {@code uploads/} until the next chunk is appended to it. An abandoned upload is aborted, which frees its
 * parts, and its tails are deleted.
 */
final class S3Uploads {

	private final S3Client s3;
	private final String bucket;
	private final S3Objects objects;

	S3Uploads(S3Client s3, String bucket, S3Objects objects) {
		this.s3 = s3;
		this.bucket = bucket;
		this.objects = objects;
	}

	String start(UUID upload) throws IOException {
		return refusedAs(() -> s3.createMultipartUpload(create -> create.bucket(bucket).key(uploadKey(upload)))
			.uploadId(), upload);
	}

	String putPart(UUID upload, String handle, int number, Path piece) throws IOException {
		try {
			long size = Files.size(piece);
			return refusedAs(() -> s3
				.uploadPart(part -> part.bucket(bucket).key(uploadKey(upload)).uploadId(handle).partNumber(number)
					.contentLength(size), RequestBody.fromFile(piece))
				.eTag(), upload);
		}
		finally {
			Files.deleteIfExists(piece);
		}
	}

	String finish(UUID upload, String handle, List<String> tags) throws IOException {
		List<CompletedPart> parts = new ArrayList<>();
		for (int i = 0; i < tags.size(); i++) {
			parts.add(CompletedPart.builder().partNumber(i + 1).eTag(tags.get(i)).build());
		}
		String key = uploadKey(upload);
		refusedAs(() -> s3.completeMultipartUpload(
				c -> c.bucket(bucket).key(key).uploadId(handle).multipartUpload(m -> m.parts(parts))), upload);
		return key;
	}

	void abort(UUID upload, String handle) throws IOException {
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
			objects.delete(tail.key());
		}
	}

	String putTail(UUID upload, Path piece) throws IOException {
		String tag = "tail-" + UUID.randomUUID();
		try {
			long size = Files.size(piece);
			refusedAs(() -> s3.putObject(put -> put.bucket(bucket).key(tailKey(upload, tag)).contentLength(size),
					RequestBody.fromFile(piece)), upload);
			return tag;
		}
		finally {
			Files.deleteIfExists(piece);
		}
	}

	InputStream openTail(UUID upload, String tag) throws IOException {
		return objects.open(tailKey(upload, tag));
	}

	void deleteTail(UUID upload, String tag) throws IOException {
		objects.delete(tailKey(upload, tag));
	}

	private static String uploadKey(UUID upload) {
		return "evidence/upload-" + upload;
	}

	private static String tailKey(UUID upload, String tag) {
		return "uploads/" + upload + "/" + tag;
	}

	private static <T> T refusedAs(Supplier<T> call, UUID upload) throws IOException {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw new IOException("The S3 store refused a part of upload " + upload + ": " + ex.getMessage(), ex);
		}
	}
}
