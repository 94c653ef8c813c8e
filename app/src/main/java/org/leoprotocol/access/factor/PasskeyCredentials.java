package org.leoprotocol.access.factor;

import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passkeys of staff accounts, kept by Spring Security's JDBC repository, with every new passkey and every removal
 * in the audit trail. Spring Security saves a credential again after each sign-in (its signature counter and last use);
 * only the first save of a credential is a registration.
 */
class PasskeyCredentials implements UserCredentialRepository {

	private final JdbcUserCredentialRepository credentials;
	private final JdbcPublicKeyCredentialUserEntityRepository users;
	private final AuditTrail audit;

	PasskeyCredentials(JdbcOperations jdbc, JdbcPublicKeyCredentialUserEntityRepository users, AuditTrail audit) {
		this.credentials = new JdbcUserCredentialRepository(jdbc);
		this.users = users;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void save(CredentialRecord record) {
		boolean registered = credentials.findByCredentialId(record.getCredentialId()) == null;
		credentials.save(record);
		if (registered) {
			audit.access(AuditAction.CREATE, "access",
					RecordReference.of("StaffAccount", owner(record.getUserEntityUserId())),
					Sentence.of("audit.detail.passkey.enrolled", record.getLabel()));
		}
	}

	@Override
	@Transactional
	public void delete(Bytes credentialId) {
		CredentialRecord record = credentials.findByCredentialId(credentialId);
		if (record == null) {
			return;
		}
		credentials.delete(credentialId);
		audit.access(AuditAction.UPDATE, "access",
				RecordReference.of("StaffAccount", owner(record.getUserEntityUserId())),
				Sentence.of("audit.detail.passkey.removed", record.getLabel()));
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return credentials.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return credentials.findByUserId(userId);
	}

	private String owner(Bytes userId) {
		PublicKeyCredentialUserEntity user = users.findById(userId);
		return user == null ? "?" : user.getName();
	}
}
