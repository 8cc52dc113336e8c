package org.crossforce.identity.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/** The forces demo mode gives an organisation and a professional standards user each. */
@Component
class DemoForces {

	record DemoForce(String code, String name) {
	}

	List<DemoForce> all() {
		return List.of();
	}

}
