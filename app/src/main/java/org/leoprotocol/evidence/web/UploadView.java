package org.leoprotocol.evidence.web;

import java.util.List;

/** The upload page: the kinds of evidence and the largest file accepted. */
public record UploadView(List<String> kinds, long maxBytes, String maxSize) {
}
