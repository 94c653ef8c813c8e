package org.leoprotocol.earlywarning.model;

/** Addresses of the learned model's page and API, shared by the controllers and the template. */
public final class ModelRoutes {

	public static final String PAGE = org.leoprotocol.earlywarning.web.EarlyWarningRoutes.MODELS;
	public static final String API = "/api/v1/early-warning/models";

	private ModelRoutes() {
	}

	public static String page(String agency) {
		return org.leoprotocol.earlywarning.web.EarlyWarningRoutes.modelCard(agency);
	}

	public static String train(String agency) {
		return page(agency) + "/train";
	}
}
