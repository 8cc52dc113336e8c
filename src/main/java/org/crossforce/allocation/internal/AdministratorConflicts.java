package org.crossforce.allocation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.crossforce.allocation.AdministratorConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Forces an administrator has marked as conflicted for a particular case, each with a note saying why. */
@Repository
public class AdministratorConflicts {

	private final JdbcClient jdbc;

	AdministratorConflicts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AdministratorConflict> of(String reference) {
		return jdbc.sql("select force_code, note from administrator_conflict where reference = :r order by marked_at")
			.param("r", reference)
			.query((rs, row) -> new AdministratorConflict(rs.getString(1), rs.getString(2)))
			.list();
	}

	public void mark(String reference, String force, String note, String by, Instant at) {
		jdbc.sql("delete from administrator_conflict where reference = :r and force_code = :f")
			.param("r", reference)
			.param("f", force)
			.update();
		jdbc.sql("""
				insert into administrator_conflict (reference, force_code, note, marked_by, marked_at)
				values (:r, :f, :note, :by, :at)
				""")
			.param("r", reference)
			.param("f", force)
			.param("note", note)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

}
