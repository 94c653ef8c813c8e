package org.leoprotocol.evidence.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/** A {@link TreeHead} with the Ed25519 signature (RFC 8032) of the ledger key named by {@code keyId}. */
@SuppressWarnings("ArrayRecordComponent") // signature bytes checked by the verifier; never by the record's equals
public record SignedTreeHead(TreeHead head, String keyId, byte[] signature) {

	public boolean verify(byte[] publicKey) {
		try {
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey));
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initVerify(key);
			ed25519.update(head.signedBytes());
			return ed25519.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}
}
