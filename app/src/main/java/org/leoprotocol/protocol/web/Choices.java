package org.leoprotocol.protocol.web;

import java.util.List;

/**
 * The options the protocol draft form offers (roles, anchors, incident kinds, completing events), each as the code
 * sent; the page says each code in the reader's language with its own message key.
 */
public record Choices(List<String> roles, List<String> anchors, List<String> kinds, List<String> completingEvents) {
}
