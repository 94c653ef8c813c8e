package org.leoprotocol.earlywarning.web;

/** Addresses of the early-warning pages, shared by the controller and templates. */
public final class EarlyWarningRoutes {

	public static final String FLAGS = "/staff/early-warning";
	public static final String IMPORT = "/staff/early-warning/import";
	public static final String RULES = "/staff/early-warning/rules";
	public static final String RANKING = "/staff/early-warning/ranking";

	private EarlyWarningRoutes() {
	}

	public static String flag(Object id) {
		return FLAGS + "/flags/" + id;
	}

	public static String review(Object id) {
		return flag(id) + "/review";
	}

	public static String rule(String rule) {
		return RULES + "/" + rule;
	}
}
