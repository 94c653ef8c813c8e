package org.leoprotocol.transparency.web;

/** Addresses of the transparency portal, its open data and the staff page of the publication policy. */
public final class TransparencyRoutes {

	public static final String PORTAL = "/transparency";
	public static final String OFFICERS = "/transparency/officers";
	public static final String DATA = "/transparency/data";
	public static final String API = "/api/public/v1";
	public static final String POLICY = "/staff/transparency/policy";
	public static final String POLICY_API = "/api/v1/transparency/policy";
	public static final String REBUILD = "/staff/transparency/rebuild";
	public static final String REBUILD_API = "/api/v1/transparency/rebuild";
	public static final String REBUILD_ID = "rebuild-progress";
	public static final String CHART_SCRIPT = "/webjars/chart.js/dist/chart.umd.min.js";
	public static final String CHARTS = "/js/transparency-charts.js";

	private TransparencyRoutes() {
	}

	public static String csv(String table) {
		return DATA + "/" + table + ".csv";
	}

	public static String json(String table) {
		return DATA + "/" + table + ".json";
	}

	public static String officer(String key) {
		return OFFICERS + "/" + key;
	}

	public static String apiOfficer(String key) {
		return API + "/officers/" + key;
	}

	public static String apiTable(String table) {
		return API + "/tables/" + table;
	}
}
