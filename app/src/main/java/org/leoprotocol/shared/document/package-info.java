/**
 * What Leo's PDF documents share: text as the PDF standard fonts can show it.
 */
@org.springframework.modulith.NamedInterface("document")
package org.leoprotocol.shared.document;
