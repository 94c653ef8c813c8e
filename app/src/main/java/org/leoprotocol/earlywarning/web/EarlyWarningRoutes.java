package org.leoprotocol.earlywarning.web;

/** Addresses of the early-warning pages, shared by the controller and templates. */
public final class EarlyWarningRoutes {

	public static final String FLAGS = "/staff/early-warning";
	public static final String IMPORT = "/staff/early-warning/import";
	public static final String RULES = "/staff/early-warning/rules";
	public static final String RANKING = "/staff/early-warning/ranking";
	public static final String RECOMPUTE = "/staff/early-warning/recompute";
	public static final String PROGRESS_ID = "import-progress";
	/** The learned models' cards, one page per agency. */
	public static final String MODELS = "/staff/early-warning/models";

	private EarlyWarningRoutes() {
	}

	public static String flag(Object id) {
		return FLAGS + "/flags/" + id;
	}

	public static String review(Object id) {
		return flag(id) + "/review";
	}

	public static String importJob(Object id) {
		return IMPORT + "/jobs/" + id;
	}

	/** The model card page of an agency: its learned model, validation, fairness audit and known limits. */
	public static String modelCard(String agency) {
		return MODELS + "/" + agency;
	}

	public static String rule(String rule) {
		return RULES + "/" + rule;
	}
}
