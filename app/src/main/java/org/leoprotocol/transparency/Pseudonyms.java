package org.leoprotocol.transparency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.leoprotocol.transparency.officer.OfficerPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for officers: an HMAC-SHA256 of the field and the officer's id under a key made once per
 * installation from PostgreSQL's strong random source (migration V50) and kept in the database, never in the
 * repository. Without the key no one can tell which officer a pseudonym stands for by trying ids; with it, the same
 * officer in the same field always gets the same pseudonym.
 */
@Component
public class Pseudonyms {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	static final int LENGTH = 8;
	/** 60 bits: two of 100,000 officers share a page key with a chance of about one in a hundred million. */
	static final int PAGE_KEY_LENGTH = 12;

	private final JdbcClient jdbc;
	private volatile byte[] key;

	Pseudonyms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String of(PolicyField field, UUID officer) {
		return pseudonym(key(), field, officer);
	}

	/**
	 * The key of an officer's public page in one context: {@link OfficerPage#NAMED} for the page of the fields
	 * published by name, or a field published by pseudonym. Each context is a separate HMAC message, so knowing one key
	 * (or the name behind it) says nothing about another, nor about the pseudonym shown in the open data.
	 */
	public String pageKey(String context, UUID officer) {
		return code(key(), "officer-page:" + context + ":" + officer, PAGE_KEY_LENGTH);
	}

	static String pseudonym(byte[] key, PolicyField field, UUID officer) {
		return code(key, field.name() + ":" + officer, LENGTH);
	}

	private static String code(byte[] key, String message, int length) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
			StringBuilder code = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				code.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
			}
			return code.toString();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private byte[] key() {
		if (key == null) {
			key = jdbc.sql("select secret from transparency_installation_secret where id = 1").query(byte[].class)
				.single();
		}
		return key;
	}
}
