package org.leoprotocol.evidence.intake;

import java.io.InputStream;

import org.leoprotocol.evidence.EvidenceIntake.UploadStatus;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * A whole file sent in one streamed request, as a body-camera dock or an import sends it: the resumable upload's steps
 * (begin, one chunk from byte 0, complete) taken together. The file is still streamed through the spool and the store,
 * never held in memory; on any refusal nothing remains, since there is no sender that could resume it.
 */
@Component
public class WholeFileIngest {

	private final ResumableUploads resumable;
	private final UploadCompletion completion;

	WholeFileIngest(ResumableUploads resumable, UploadCompletion completion) {
		this.resumable = resumable;
		this.completion = completion;
	}

	/** Sends a whole file in one request: begin, one chunk, complete; on any refusal nothing remains. */
	public EvidenceItem ingest(NewUpload upload, InputStream content, Actor actor) {
		UploadStatus started = resumable.begin(upload, actor);
		try {
			resumable.receive(started.id(), 0, content, actor);
			return completion.complete(started.id(), actor);
		}
		catch (RuntimeException refused) {
			resumable.discardUnfinished(started.id());
			throw refused;
		}
	}
}
