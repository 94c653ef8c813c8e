package org.leoprotocol.access.factor;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who Leo is to a passkey (WebAuthn "relying party", W3C Web Authentication section 5.4.2). A passkey belongs to a
 * relying party id, a domain ({@code leo.access.passkeys.rp-id}, default {@code localhost}), and a browser signs only
 * for a page whose origin is that domain or below it; Leo checks the origin each signature names against
 * {@code leo.access.passkeys.origins}, the addresses staff open Leo at ({@code https://leo.example.gov}). Left unset,
 * the origin is the local address the server listens on ({@code http://localhost:PORT}), which is right for a demo on
 * one's own computer and wrong anywhere else: a department sets both.
 */
@Component
class PasskeySettings {

	private final String rpId;
	private final String rpName;
	private final Set<String> origins = ConcurrentHashMap.newKeySet();
	private final boolean configured;

	PasskeySettings(@Value("${leo.access.passkeys.rp-id:localhost}") String rpId,
			@Value("${leo.access.passkeys.origins:}") String origins, @Value("${leo.agency.name:Leo}") String agency) {
		this.rpId = rpId.strip();
		this.rpName = "Leo " + agency;
		Arrays.stream(origins.split(",")).map(String::strip).filter(origin -> !origin.isEmpty())
			.forEach(this.origins::add);
		this.configured = !this.origins.isEmpty();
	}

	String rpId() {
		return rpId;
	}

	String rpName() {
		return rpName;
	}

	/** A live set: the relying party reads it at every ceremony, so the local address can join it once known. */
	Set<String> origins() {
		return origins;
	}

	@EventListener
	void listening(WebServerInitializedEvent event) {
		if (!configured && "localhost".equals(rpId)) {
			origins.add("http://localhost:" + event.getWebServer().getPort());
		}
	}
}
