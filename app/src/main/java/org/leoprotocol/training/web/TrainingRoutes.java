package org.leoprotocol.training.web;

/** Addresses of the training pages and API. */
public final class TrainingRoutes {

	public static final String PAGE = "/staff/training";
	public static final String COMPLIANCE = "/staff/training/compliance";
	public static final String API = "/api/v1/training";

	private TrainingRoutes() {
	}
}
