package org.leoprotocol.earlywarning.model;

import java.io.IOException;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees through XGBoost's Java binding: a logistic objective, shallow trees and a fixed seed, so that
 * the same history trains the same model. One thread: on a shared, loaded machine OpenMP's threads spin waiting for
 * each other and two threads ran several times slower than one. Shallow trees (depth {@value #DEPTH}) and a learning
 * rate of {@value #ETA} over {@value #ROUNDS} rounds keep a few hundred thousand officer-years under a minute on two
 * cores. Scores are probabilities; contributions are in log-odds, one per feature plus the bias, and add up to the
 * score's log-odds (XGBoost's {@code predictContrib}, TreeSHAP).
 */
final class Trees {

	static final int DEPTH = 4;
	static final double ETA = 0.08;
	static final int ROUNDS = 160;

	private final Booster booster;

	private Trees(Booster booster) {
		this.booster = booster;
	}

	static Trees train(float[] values, float[] labels, int width) {
		int rows = labels.length;
		try {
			DMatrix data = new DMatrix(values, rows, width, Float.NaN);
			try {
				data.setLabel(labels);
				Map<String, Object> parameters = Map.ofEntries(Map.entry("objective", "binary:logistic"),
						Map.entry("eta", ETA),
						Map.entry("max_depth", DEPTH), Map.entry("min_child_weight", 5.0), Map.entry("subsample", 0.8),
						Map.entry("colsample_bytree", 0.8), Map.entry("lambda", 2.0), Map.entry("tree_method", "hist"),
						Map.entry("nthread", 1), Map.entry("seed", 7), Map.entry("verbosity", 0),
						Map.entry("eval_metric", "logloss"));
				return new Trees(XGBoost.train(data, parameters, ROUNDS, Map.of(), null, null));
			}
			finally {
				data.dispose();
			}
		}
		catch (XGBoostError ex) {
			throw new IllegalStateException("XGBoost could not train: " + ex.getMessage(), ex);
		}
	}

	static Trees load(byte[] model) {
		try {
			return new Trees(XGBoost.loadModel(model));
		}
		catch (XGBoostError | IOException ex) {
			throw new IllegalStateException("The stored model cannot be read: " + ex.getMessage(), ex);
		}
	}

	byte[] bytes() {
		try {
			return booster.toByteArray("ubj");
		}
		catch (XGBoostError ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/** The probability of the outcome for each row. */
	float[] scores(FeatureTable table) {
		if (table.rows() == 0) {
			return new float[0];
		}
		float[][] predicted = predict(table.values, table.rows(), false);
		float[] scores = new float[predicted.length];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = predicted[i][0];
		}
		return scores;
	}

	/** Per row, each feature's contribution in log-odds, then the bias in the last column. */
	float[][] contributions(FeatureTable table) {
		return table.rows() == 0 ? new float[0][] : predict(table.values, table.rows(), true);
	}

	/** The contributions of some rows of the table only (the flagged officers), in the order given. */
	float[][] contributions(FeatureTable table, int[] rows) {
		if (rows.length == 0) {
			return new float[0][];
		}
		float[] values = new float[rows.length * FeatureTable.WIDTH];
		for (int i = 0; i < rows.length; i++) {
			System.arraycopy(table.values, rows[i] * FeatureTable.WIDTH, values, i * FeatureTable.WIDTH,
					FeatureTable.WIDTH);
		}
		return predict(values, rows.length, true);
	}

	void close() {
		booster.dispose();
	}

	private float[][] predict(float[] values, int rows, boolean contributions) {
		try {
			DMatrix data = new DMatrix(values, rows, FeatureTable.WIDTH, Float.NaN);
			try {
				return contributions ? booster.predictContrib(data, 0) : booster.predict(data);
			}
			finally {
				data.dispose();
			}
		}
		catch (XGBoostError ex) {
			throw new IllegalStateException("XGBoost could not predict: " + ex.getMessage(), ex);
		}
	}
}
