/** Why a flag was raised, kept as a message key with its arguments so that each reader reads it in their language. */
package org.leoprotocol.earlywarning.reason;
