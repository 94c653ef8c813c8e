/**
 * Cases on file: their records, assignments and entries, references to evidence and protocol findings, the search over
 * them, and the pages, API and home-page panel of a case.
 */
package org.leoprotocol.investigations.cases;
