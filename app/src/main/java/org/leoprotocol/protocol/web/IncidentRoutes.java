package org.leoprotocol.protocol.web;

/** Addresses and DOM ids of the incident pages, shared by the controller and the templates. */
public final class IncidentRoutes {

	public static final String LIST = "/staff/incidents";
	public static final String NEW = "/staff/incidents/new";
	public static final String BOARD = "/staff/incidents/board";
	public static final String BOARD_ID = "board-clocks";
	/** The officer's field view on a phone. */
	public static final String FIELD = "/staff/field";

	private IncidentRoutes() {
	}

	public static String incident(Object id) {
		return LIST + "/" + id;
	}

	public static String stepDone(Object id, String code) {
		return incident(id) + "/steps/" + code + "/done";
	}

	public static String dispatch(Object id) {
		return incident(id) + "/dispatch";
	}

	public static String camera(Object id) {
		return incident(id) + "/camera";
	}

	public static String broadcast(Object id) {
		return incident(id) + "/broadcasts";
	}

	public static String release(Object id) {
		return incident(id) + "/release";
	}

	public static String cap(Object id, Object broadcast) {
		return "/api/v1/incidents/" + id + "/broadcasts/" + broadcast + "/cap";
	}

	public static String pfif(Object id) {
		return "/api/v1/incidents/" + id + "/pfif";
	}

	public static String decision(Object id) {
		return incident(id) + "/decisions";
	}

	public static String close(Object id) {
		return incident(id) + "/close";
	}

	public static String field(Object id) {
		return FIELD + "/" + id;
	}

	public static String fieldDone(Object id, String code) {
		return field(id) + "/steps/" + code + "/done";
	}

	public static String fieldBroadcast(Object id) {
		return field(id) + "/broadcasts";
	}

	public static String amendments(Object id) {
		return incident(id) + "/amendments";
	}

	public static String approve(Object id, Object amendment) {
		return amendments(id) + "/" + amendment + "/approve";
	}
}
