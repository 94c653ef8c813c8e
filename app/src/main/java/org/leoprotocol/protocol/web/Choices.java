package org.leoprotocol.protocol.web;

import java.util.List;

/**
 * The options the protocol draft form offers (roles, anchors, incident kinds, completing events), each as the value
 * sent and the label shown.
 */
public record Choices(List<Choice> roles, List<Choice> anchors, List<Choice> kinds, List<Choice> completingEvents) {
}
