/**
 * Traceable exports: per-recipient watermarked copies (photo, PDF, text and video stamps), their records, and the trace
 * of a leaked copy back to its export.
 */
package org.leoprotocol.evidence.export;
