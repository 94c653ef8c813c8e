package org.leoprotocol.evidence.intake;

/**
 * How far an upload got: bytes received (the tail's included), the SHA-256 state after them, the parts stored, the tail
 * waiting to become a part, and the file's first bytes (what its type is told from).
 */
@SuppressWarnings("ArrayRecordComponent") // the digest state and first bytes of an upload as stored; never compared
public record UploadProgress(long received, byte[] hashState, int parts, String tailTag, long tailBytes, byte[] head) {
}
