/**
 * Evidence taken in: resumable streamed uploads, the declared upload, and the content sniffing that refuses what Leo
 * cannot name.
 */
package org.leoprotocol.evidence.intake;
