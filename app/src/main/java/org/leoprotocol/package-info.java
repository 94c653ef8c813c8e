/**
 * Leo: an open platform for accountable, child-safe policing. Each sub-package is one capability (a Spring Modulith
 * module) whose root holds its facades, identifiers and events; {@code shared} is the kernel every module may use.
 */
package org.leoprotocol;
