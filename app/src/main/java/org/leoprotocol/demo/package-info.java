/**
 * Demo data from the seed scenarios ({@code docs/scenarios.md}): the department around Officer Mark Miller, Chief David
 * Miller and Deputy Rodriguez, with staff accounts to try each role, and the complaints, investigations and board
 * decision of the stories, the department's past protocol incidents imported as from its CAD system, and scenario 002's
 * holding-room clip in evidence with its custody history and the leak traced. Loaded only when {@code leo.demo.enabled}
 * is true, idempotently, through the other modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "conflicts", "personnel", "access", "complaints", "investigations",
				"investigations :: proposals", "evidence", "engagement", "training", "protocol", "shared" })
package org.leoprotocol.demo;
