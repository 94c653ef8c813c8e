package org.leoprotocol.evidence;

import java.io.IOException;

import org.leoprotocol.evidence.OpenedEvidence;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An opened item or export as an HTTP answer for the evidence APIs: its media type, its name, its SHA-256 beside it and
 * never cached, inline to stream or as an attachment to download.
 */
public final class ContentResponses {

	private ContentResponses() {
	}

	/** The answer carrying the opened content, inline or as an attachment. */
	public static ResponseEntity<Resource> of(OpenedEvidence opened, boolean attachment) throws IOException {
		Resource body = opened.localFile().<Resource>map(FileSystemResource::new)
			.orElse(new InputStreamResource(opened.stream()));
		ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(opened.fileName(), java.nio.charset.StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(opened.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-SHA256", opened.sha256())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}
}
