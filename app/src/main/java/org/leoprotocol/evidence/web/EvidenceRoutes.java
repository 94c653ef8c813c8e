package org.leoprotocol.evidence.web;

/** Addresses and DOM ids of the evidence pages and the API calls their scripts make. */
public final class EvidenceRoutes {

	public static final String LIST = "/staff/evidence";
	public static final String UPLOAD = "/staff/evidence/upload";
	public static final String TRACE = "/staff/evidence/trace";
	public static final String RETENTION = "/staff/evidence/retention";
	public static final String DEVICES = "/staff/evidence/devices";
	public static final String API_UPLOADS = "/api/v1/evidence/uploads";
	public static final String API_TRACE = "/api/v1/evidence/trace";
	public static final String EXPORTS_ID = "evidence-exports";
	public static final String UPLOAD_FORM_ID = "evidence-upload";
	public static final String TRACE_FORM_ID = "trace-file";

	private EvidenceRoutes() {
	}

	public static String endDevice(Object id) {
		return DEVICES + "/" + id + "/end";
	}

	public static String item(Object id) {
		return LIST + "/" + id;
	}

	public static String exports(Object id) {
		return item(id) + "/exports";
	}

	public static String links(Object id) {
		return item(id) + "/links";
	}

	public static String retention(Object id) {
		return item(id) + "/retention";
	}

	public static String hold(Object id) {
		return item(id) + "/hold";
	}

	public static String restore(Object id) {
		return item(id) + "/restore";
	}

	public static String custodyCsv(Object id) {
		return item(id) + "/custody.csv";
	}

	public static String custodyPdf(Object id) {
		return item(id) + "/custody.pdf";
	}

	public static String content(Object id) {
		return "/api/v1/evidence/" + id + "/content";
	}

	public static String download(Object id) {
		return "/api/v1/evidence/" + id + "/download";
	}

	public static String exportDownload(Object exportId) {
		return "/api/v1/evidence/exports/" + exportId + "/download";
	}
}
