/** Views of the training pages; the controllers live in the module's own package. */
package org.leoprotocol.training.web;
