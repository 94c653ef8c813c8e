/**
 * The citizen review board's hearings on the record: its pages and API, the hearings kept, and their public minutes.
 */
package org.leoprotocol.investigations.board;
