package org.leoprotocol.audit;

/** The type of event an audit record describes (CJIS Security Policy 5.4.1.1.1, "type of event"). */
public enum AuditAction {
	LOGIN,
	LOGOUT,
	ACCESS_DENIED,
	READ,
	SEARCH,
	CREATE,
	UPDATE,
	IMPORT,
	EXPORT
}
