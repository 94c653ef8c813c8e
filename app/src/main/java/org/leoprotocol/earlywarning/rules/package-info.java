/** The named flag rules (complaint threshold, peer percentile, repeated findings) and their agency settings. */
package org.leoprotocol.earlywarning.rules;
