package org.leoprotocol.notifications.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a post came from Leo and was not replayed: {@code X-Leo-Signature: sha256=<hex>}, the
 * HMAC-SHA256 (RFC 2104) under the shared secret of the {@code X-Leo-Timestamp} header's value, a dot and the body. The
 * receiver recomputes it, compares in constant time and refuses old timestamps.
 */
public final class WebhookSignature {

	public static final String SIGNATURE_HEADER = "X-Leo-Signature";
	public static final String TIMESTAMP_HEADER = "X-Leo-Timestamp";
	public static final String DELIVERY_HEADER = "X-Leo-Delivery";

	private WebhookSignature() {
	}

	public static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
		}
	}
}
