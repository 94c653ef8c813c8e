package org.leoprotocol.earlywarning.history;

/** A column the mapping reads at {@code line} ({@code key=column}) that a file lacks. */
record AbsentColumn(int line, String key, String column) {
}
