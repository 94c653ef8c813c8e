package org.leoprotocol.transparency.web;

import java.util.List;

/** The portal's filters as chosen, with the choices offered; {@code query} repeats them for links. */
public record FilterView(List<Option> years, List<Option> units, List<Option> categories, String query) {
}
