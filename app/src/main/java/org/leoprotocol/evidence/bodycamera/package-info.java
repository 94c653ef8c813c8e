/**
 * Body cameras: which officer wore which device and when, and footage placed in time from its own metadata (ffprobe).
 */
package org.leoprotocol.evidence.bodycamera;
