package org.crossforce.reference.internal;

import java.time.OffsetDateTime;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReferenceDataLoaderTest {

	@Autowired
	ReferenceDataLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBundledDataIsLoadedAndRecordedByItsChecksum() {
		assertThat(storedChecksum()).isEqualTo(ReferenceFiles.bundled().checksum());
		assertThat(count("police_force")).isEqualTo(46);
		assertThat(count("police_force_workforce")).as("43 forces and BTP").isEqualTo(44);
		assertThat(count("police_force_neighbour")).as("both directions of 99 pairs").isEqualTo(198);
		assertThat(count("police_force_outline")).isEqualTo(43);
		assertThat(jdbc.sql("select shared_boundary_m from police_force_neighbour"
				+ " where force_code = 'lincolnshire' and neighbour_code = 'northamptonshire'")
			.query(Double.class)
			.single()).isBetween(20.0, 60.0);
	}

	@Test
	void anUnchangedStartLeavesTheTablesAloneAndAChangedOneReplacesThem() {
		OffsetDateTime loadedAt = loadedAt();
		loader.afterPropertiesSet();
		assertThat(loadedAt()).isEqualTo(loadedAt);

		jdbc.sql("update reference_data_version set checksum = 'stale' where id = 1").update();
		jdbc.sql("delete from police_force_outline where force_code = 'kent'").update();
		loader.afterPropertiesSet();
		assertThat(storedChecksum()).isEqualTo(ReferenceFiles.bundled().checksum());
		assertThat(loadedAt()).isAfterOrEqualTo(loadedAt);
		assertThat(count("police_force_outline")).isEqualTo(43);
		assertThat(count("police_force_neighbour")).isEqualTo(198);
	}

	private String storedChecksum() {
		return jdbc.sql("select checksum from reference_data_version where id = 1").query(String.class).single();
	}

	private OffsetDateTime loadedAt() {
		return jdbc.sql("select loaded_at from reference_data_version where id = 1")
			.query(OffsetDateTime.class)
			.single();
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
