/** The investigators internal affairs may assign, their declared relations to officers, and their pages and API. */
package org.leoprotocol.investigations.investigators;
