package org.leoprotocol.earlywarning.model;

import java.util.UUID;

/** A stored model: its card and, when trained, its trees. */
@SuppressWarnings("ArrayRecordComponent") // the trained trees as stored bytes, handed to XGBoost; never compared
record StoredModel(UUID id, ModelCard card, byte[] trees) {
}
