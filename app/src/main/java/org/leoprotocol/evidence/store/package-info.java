/** Where the bytes of evidence and exports are kept, named by their SHA-256: a filesystem directory or an S3 bucket. */
package org.leoprotocol.evidence.store;
