package org.crossforce.reference.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.crossforce.reference.Force;
import org.crossforce.reference.ForceOutline;
import org.crossforce.reference.Workforce;
import org.crossforce.reference.internal.SharedBoundaries.SharedBoundary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the reference tables up to date with the bundled files when the application starts. Unchanged data costs a
 * checksum of the files and one query; changed data is computed (neighbours, outlines) and replaced in one
 * transaction, so a reader never sees half of it. {@link ReferenceDataStore} depends on this bean, so nothing reads
 * the tables before it has run.
 */
@Component
public class ReferenceDataLoader implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ReferenceDataLoader(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void afterPropertiesSet() {
		long started = System.nanoTime();
		ReferenceFiles files = ReferenceFiles.bundled();
		String checksum = files.checksum();
		if (checksum.equals(storedChecksum(false))) {
			log.info("Reference data unchanged ({}), checked in {} ms", checksum.substring(0, 12), millisSince(started));
			return;
		}
		ReferenceDataset data = files.compute();
		long computed = millisSince(started);
		boolean written = Boolean.TRUE.equals(transaction.execute(status -> {
			// Locks the version row: another instance starting on the same database waits, then finds the work done.
			if (checksum.equals(storedChecksum(true))) {
				return false;
			}
			replace(data, checksum);
			return true;
		}));
		log.info("Reference data {} ({}): {} forces, {} pairs of neighbours; computed in {} ms, {} ms in all",
				written ? "loaded" : "loaded by another instance", checksum.substring(0, 12), data.forces().size(),
				data.sharedBoundaries().size(), computed, millisSince(started));
	}

	private String storedChecksum(boolean lock) {
		return jdbc.sql("select checksum from reference_data_version where id = 1" + (lock ? " for update" : ""))
			.query(String.class)
			.single();
	}

	private void replace(ReferenceDataset data, String checksum) {
		for (String table : List.of("police_force_outline", "police_force_neighbour", "police_force_workforce",
				"police_force")) {
			jdbc.sql("delete from " + table).update();
		}
		int order = 0;
		for (Force force : data.forces()) {
			jdbc.sql("""
					insert into police_force (code, name, ons_code, region, kind, country, sort_order)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(force.code(), force.name(), force.onsCode(), force.region(), force.kind().code(),
						force.country(), order++)
				.update();
			Workforce w = force.workforce();
			if (w != null) {
				jdbc.sql("""
						insert into police_force_workforce (force_code, as_at, officers_fte, police_staff_fte,
						    designated_officers_fte, staff_plus_designated_fte, pcso_fte, special_constables_headcount)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(force.code(), w.asAt(), w.officersFte(), w.policeStaffFte(), w.designatedOfficersFte(),
							w.staffPlusDesignatedFte(), w.pcsoFte(), w.specialConstablesHeadcount())
					.update();
			}
		}
		for (SharedBoundary boundary : data.sharedBoundaries()) {
			double metres = Math.round(boundary.lengthMetres() * 10) / 10.0;
			insertNeighbour(boundary.first(), boundary.second(), metres);
			insertNeighbour(boundary.second(), boundary.first(), metres);
		}
		for (ForceOutline outline : data.map().outlines()) {
			jdbc.sql("insert into police_force_outline (force_code, svg_path) values (?, ?)")
				.params(outline.code(), outline.svgPath())
				.update();
		}
		jdbc.sql("update reference_data_version set checksum = ?, map_view_box = ?, loaded_at = ? where id = 1")
			.params(checksum, data.map().viewBox(), OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	private void insertNeighbour(String force, String neighbour, double metres) {
		jdbc.sql("insert into police_force_neighbour (force_code, neighbour_code, shared_boundary_m) values (?, ?, ?)")
			.params(force, neighbour, metres)
			.update();
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
