/** What the audit trail page shows. */
package org.leoprotocol.audit.web;
