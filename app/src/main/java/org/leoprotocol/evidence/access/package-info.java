/**
 * Need to know on evidence: the rules that say who may open an item, the case teams and declared stakes they read, and
 * the refusals they give.
 */
package org.leoprotocol.evidence.access;
