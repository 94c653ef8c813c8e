package org.leoprotocol.evidence.store;

import java.io.IOException;
import java.io.InputStream;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The objects of one bucket, one at a time: read, sized, deleted, and with Object Lock held against deletion by anyone.
 * The bucket's refusals come back as {@link IOException}s naming the key.
 */
final class S3Objects {

	private final S3Client s3;
	private final String bucket;
	private final boolean objectLock;

	S3Objects(S3Client s3, String bucket, boolean objectLock) {
		this.s3 = s3;
		this.bucket = bucket;
		this.objectLock = objectLock;
	}

	InputStream open(String key) throws IOException {
		try {
			return s3.getObject(get -> get.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("Cannot read " + key + " from the S3 store: " + ex.getMessage(), ex);
		}
	}

	long size(String key) throws IOException {
		try {
			return s3.headObject(head -> head.bucket(bucket).key(key)).contentLength();
		}
		catch (SdkException ex) {
			throw new IOException("Cannot find " + key + " in the S3 store", ex);
		}
	}

	void delete(String key) throws IOException {
		try {
			s3.deleteObject(delete -> delete.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("The S3 store refused to delete " + key + ": " + ex.getMessage(), ex);
		}
	}

	/** Places or lifts the legal hold on the object, when the bucket has Object Lock; nothing otherwise. */
	void legalHold(String key, boolean on) throws IOException {
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

	boolean exists(String key) {
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
}
