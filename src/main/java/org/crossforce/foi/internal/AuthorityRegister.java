package org.crossforce.foi.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes every force an FOI authority at start-up. An administrator maintains each one's FOI address; until then a
 * request to it goes as a printed letter. Demo mode gives each an {@code example.org} address, never a real one.
 */
@Component
@Order(5)
class AuthorityRegister implements ApplicationRunner {

	private final Forces forces;

	private final FoiRecords records;

	private final boolean demo;

	AuthorityRegister(Forces forces, FoiRecords records, @Value("${crossforce.demo.enabled:false}") boolean demo) {
		this.forces = forces;
		this.records = records;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		// An authority already registered keeps the address an administrator gave it.
		Set<String> known = records.authorities().stream().map(FoiRecords.Authority::code).collect(Collectors.toSet());
		for (Force force : forces.all()) {
			if (known.contains(force.code())) {
				continue;
			}
			records.addAuthority(new FoiRecords.Authority(force.code(), force.name(), force.code(),
					force.region(), demo ? "foi@" + force.code() + ".example.org" : null, null));
		}
	}

}
