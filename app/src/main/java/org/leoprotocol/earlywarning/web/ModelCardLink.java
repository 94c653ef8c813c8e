package org.leoprotocol.earlywarning.web;

/** A link to an agency's model card page. */
public record ModelCardLink(String agency, String address) {
}
