/** Views and addresses of the engagement pages; the controllers live in the module's own package. */
package org.leoprotocol.engagement.web;
