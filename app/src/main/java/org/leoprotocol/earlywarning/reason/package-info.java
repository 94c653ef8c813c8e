/**
 * Why a flag was raised, and why Leo closed one itself, kept as message keys with their arguments so that each reader
 * reads them in their language.
 */
package org.leoprotocol.earlywarning.reason;
