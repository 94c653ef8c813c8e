package org.leoprotocol.personnel.web;

/** Addresses and DOM ids of the personnel pages, shared by controllers and templates. */
public final class PersonnelRoutes {

	public static final String LIST = "/staff/personnel";
	public static final String IMPORT = "/staff/personnel/import";
	public static final String RESULTS_ID = "officer-results";

	private PersonnelRoutes() {
	}

	public static String officer(Object id) {
		return LIST + "/" + id;
	}

	public static String status(Object id) {
		return officer(id) + "/status";
	}
}
