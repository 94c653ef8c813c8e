/** The timeline: dispatch, steps and body-camera footage in order, who performed each act, and its amendments. */
package org.leoprotocol.protocol.timeline;
