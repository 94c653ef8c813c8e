/**
 * A learned early-warning model per agency: gradient-boosted trees (Chen and Guestrin, "XGBoost: A Scalable Tree
 * Boosting System", KDD 2016) trained on the agency's own imported history with a rolling origin, in the manner of
 * Carton et al., "Identifying Police Officers at Risk of Adverse Events" (KDD 2016): features over whole careers and
 * several windows, each as of a date and built only from what was known before it; the outcome is a sustained
 * allegation in a complaint received within the following year. Every prediction is explained by the model's own
 * per-feature contributions (Lundberg and Lee's SHAP values for trees, as XGBoost computes them) and a comparison with
 * peers of the same unit and rank. Every trained model carries a model card (Mitchell et al., "Model Cards for Model
 * Reporting", FAT* 2019) with its validation figures and a fairness audit. Where an agency's history is too short the
 * rule score stands in, and the card says so. A flag remains a prompt for a conversation, never a sanction.
 */
package org.leoprotocol.earlywarning.model;
