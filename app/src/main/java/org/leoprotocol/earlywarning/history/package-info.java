/** An agency's complaint history imported from its exports: mappings, files, runs, jobs and the stored rows. */
package org.leoprotocol.earlywarning.history;
