package org.leoprotocol;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Leo's modules may use one another only through their root packages and declared dependencies; a violation fails the
 * build. The module diagrams and canvases land in {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LeoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
