package org.leoprotocol.protocol;

import java.time.Instant;

/**
 * A new protocol version was published. Published after the version is stored, so a listener (training, which asks
 * every officer to acknowledge the version) always finds it through {@link Protocols#version(int)}.
 */
public record ProtocolVersionPublished(int version, String name, String notes, Instant publishedAt) {
}
