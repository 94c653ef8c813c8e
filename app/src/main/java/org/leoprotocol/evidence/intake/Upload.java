package org.leoprotocol.evidence.intake;

import java.util.UUID;

import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.NewUpload;

/** An upload as declared, how far it got, and the item it became once complete. */
public record Upload(UUID id, NewUpload declared, String createdBy, EvidenceId evidence, String handle,
		UploadProgress progress) {
}
