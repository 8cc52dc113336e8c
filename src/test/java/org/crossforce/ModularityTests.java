package org.crossforce;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each top-level package is a module that reaches others only through their public faces and declared
 * dependencies. The module diagram in docs/modules is rewritten by this test, so it never drifts from the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CrossforceApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theModulesAreTheOnesTheDesignNames() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("reference", "calendar", "identity", "audit", "crypto", "web");
	}

	@Test
	void writesTheModuleDiagramIntoDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
