/** Runs Leo as a command-line tool: the one place allowed to write to the console directly. */
@org.springframework.modulith.NamedInterface("cli")
package org.leoprotocol.shared.cli;
