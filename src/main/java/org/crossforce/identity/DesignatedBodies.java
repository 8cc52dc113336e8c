package org.crossforce.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which organisations are designated bodies, able to make super-complaints (Police Reform Act 2002 s.29B; SI
 * 2018/748), and since when. An administrator marks an organisation designated with the date of its designation, or
 * clears it; other modules ask here, not the signed-in user's copy, so a change applies at once.
 */
@Repository
public class DesignatedBodies {

	/** An organisation that may be designated, with its designation date if it has one. */
	public record Candidate(long id, String code, String name, OrganisationKind kind, LocalDate designatedOn) {
	}

	private final JdbcClient jdbc;

	DesignatedBodies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the organisation was designated on or before the given day. */
	public boolean isDesignated(String organisationCode, LocalDate on) {
		return designatedOn(organisationCode).map(since -> !since.isAfter(on)).orElse(false);
	}

	public Optional<LocalDate> designatedOn(String organisationCode) {
		return jdbc.sql("select designated_on from organisation where code = :code and designated_on is not null")
			.param("code", organisationCode)
			.query(LocalDate.class)
			.optional();
	}

	/** Support services and designated bodies: the organisations an administrator may designate. */
	public List<Candidate> candidates() {
		return jdbc.sql("""
				select id, code, name, kind, designated_on from organisation
				where kind in ('SUPPORT_SERVICE', 'DESIGNATED_BODY') order by name""")
			.query((rs, row) -> new Candidate(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind")), rs.getObject("designated_on", LocalDate.class)))
			.list();
	}

	/**
	 * Marks an organisation designated from a date, or clears its designation when {@code on} is null.
	 * @return whether such an organisation exists and may be designated
	 */
	public boolean designate(String organisationCode, LocalDate on) {
		return jdbc.sql("""
				update organisation set designated_on = :on
				where code = :code and kind in ('SUPPORT_SERVICE', 'DESIGNATED_BODY')""")
			.param("on", on, java.sql.Types.DATE)
			.param("code", organisationCode)
			.update() == 1;
	}

}
