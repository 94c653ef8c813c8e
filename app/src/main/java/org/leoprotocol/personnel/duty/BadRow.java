package org.leoprotocol.personnel.duty;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * A bad row: its number in the file (the header is row 1) and what is wrong with it, a sentence the reader reads in
 * their own language (in the API, the request's {@code Accept-Language}).
 */
public record BadRow(long row, Sentence problem) {
}
