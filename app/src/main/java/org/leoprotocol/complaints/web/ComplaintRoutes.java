package org.leoprotocol.complaints.web;

/** Addresses of the public intake and status pages and of the staff complaint pages. */
public final class ComplaintRoutes {

	public static final String NEW = "/public/complaints/new";
	public static final String SUBMIT = "/public/complaints";
	public static final String STATUS = "/public/complaints/status";
	public static final String STAFF_LIST = "/staff/complaints";

	private ComplaintRoutes() {
	}

	public static String commendations(Object officerId) {
		return STAFF_LIST + "/commendations/" + officerId;
	}

	public static String staffComplaint(Object id) {
		return STAFF_LIST + "/" + id;
	}
}
