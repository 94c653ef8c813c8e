package org.leoprotocol.investigations.web;

/** Addresses of the investigation pages and of the public case page. */
public final class InvestigationRoutes {

	public static final String LIST = "/staff/investigations";
	public static final String PUBLIC_CASE = "/public/cases";
	public static final String MINUTES = "/public/minutes";
	public static final String TRIAGE = "/staff/investigations/triage";
	public static final String BOARD = "/staff/board";
	public static final String INVESTIGATORS = "/staff/investigators";
	public static final String PUBLIC_TEXTS = "/staff/public-texts";

	private InvestigationRoutes() {
	}

	public static String investigation(Object id) {
		return LIST + "/" + id;
	}

	public static String publicCase(String caseNumber) {
		return PUBLIC_CASE + "/" + caseNumber;
	}
}
