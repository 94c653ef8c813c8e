/** Protocol definitions: published versions, their steps, anchors and escalation ladders, and command's drafts. */
package org.leoprotocol.protocol.definition;
