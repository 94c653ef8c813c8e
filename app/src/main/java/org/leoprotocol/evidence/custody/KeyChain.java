package org.leoprotocol.evidence.custody;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leoprotocol.evidence.ledger.VerifierKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which keys the installation has signed with, and in what succession: the first key registered that no transition
 * introduced, then each key a transition statement hands over to, signed by both the outgoing and the incoming key. A
 * key registered any other way (someone replaced the key file and published a new public key) is untrusted, and so is
 * all it signed.
 */
@Component
public class KeyChain {

	static final String TRANSITION = "leo-key-transition/v1";

	private final JdbcClient jdbc;

	public KeyChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The keys in order of succession with their public halves, and what is wrong with the succession. */
	record Chain(Map<String, byte[]> trusted, List<String> problems) {

		boolean trusts(String keyId) {
			return trusted.containsKey(keyId);
		}

		/** The trusted keys as the signed-note keys of {@code origin}. */
		List<VerifierKey> noteKeys(String origin) {
			return trusted.values().stream().map(k -> VerifierKey.of(origin, VerifierKey.ED25519, k)).toList();
		}
	}

	static String statement(String origin, String oldKeyId, String newKeyId, java.time.Instant at) {
		return TRANSITION + "\norigin " + origin + "\nold " + oldKeyId + "\nnew " + newKeyId + "\ntime " + at + "\n";
	}

	Chain load() {
		Map<String, byte[]> registered = new LinkedHashMap<>();
		jdbc.sql("select key_id, public_key from custody_signing_key order by created_at, key_id")
			.query(rs -> {
				registered.put(rs.getString(1), rs.getBytes(2));
			});
		Map<String, byte[]> trusted = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		Set<String> handedOver = new LinkedHashSet<>(
				jdbc.sql("select new_key_id from custody_key_transition").query(String.class).list());
		registered.entrySet().stream().filter(k -> !handedOver.contains(k.getKey())).findFirst()
			.ifPresent(first -> trusted.put(first.getKey(), first.getValue()));
		jdbc.sql(
				"select old_key_id, new_key_id, statement, old_signature, new_signature from custody_key_transition order by made_at")
			.query(rs -> {
				String from = rs.getString(1);
				String to = rs.getString(2);
				byte[] statement = rs.getString(3).getBytes(StandardCharsets.UTF_8);
				boolean valid = trusted.containsKey(from) && registered.containsKey(to)
						&& rs.getString(3).contains("\nold " + from + "\nnew " + to + "\n")
						&& verifies(trusted.get(from), statement, rs.getBytes(4))
						&& verifies(registered.get(to), statement, rs.getBytes(5));
				if (valid) {
					trusted.put(to, registered.get(to));
				}
				else {
					problems.add("The key transition from " + from + " to " + to
							+ " is not signed by both keys of a trusted succession");
				}
			});
		Set<String> untrusted = new LinkedHashSet<>(registered.keySet());
		untrusted.removeAll(trusted.keySet());
		untrusted
			.forEach(id -> problems.add("Signing key " + id + " was registered without a signed transition from the"
					+ " installation's key " + trusted.keySet().stream().reduce((a, b) -> b).orElse("(none)")
					+ ": the signing key was replaced"));
		return new Chain(trusted, problems);
	}

	private static boolean verifies(byte[] x509, byte[] message, byte[] signature) {
		return VerifierKey.of("key", VerifierKey.ED25519, x509).verifies(message, signature);
	}
}
