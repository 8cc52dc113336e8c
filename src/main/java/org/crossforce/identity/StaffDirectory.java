package org.crossforce.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role where, for other modules that must reach people (notifications, case assignment). It lists
 * enabled accounts only and says nothing about passwords or tokens.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A member of staff: username (their email address), display name and organisation code. */
	public record StaffMember(String username, String displayName, String organisationCode) {
	}

	/** Enabled users holding the role in any organisation, by username. */
	public List<StaffMember> withRole(Role role) {
		return jdbc.sql(SELECT + " where u.enabled and r.role = :role order by u.username")
			.param("role", role.name())
			.query(StaffMember.class)
			.list();
	}

	/** Enabled users holding the role in one organisation (an organisation code, which for a force is its code). */
	public List<StaffMember> withRole(String organisationCode, Role role) {
		return jdbc.sql(SELECT + " where u.enabled and r.role = :role and o.code = :organisation order by u.username")
			.param("role", role.name())
			.param("organisation", organisationCode)
			.query(StaffMember.class)
			.list();
	}

	/** The enabled user with this username, if they hold the role in that organisation. */
	public Optional<StaffMember> find(String username, String organisationCode, Role role) {
		return jdbc
			.sql(SELECT + " where u.enabled and r.role = :role and o.code = :organisation and u.username = :username")
			.param("role", role.name())
			.param("organisation", organisationCode)
			.param("username", username)
			.query(StaffMember.class)
			.optional();
	}

	private static final String SELECT = """
			select distinct u.username, u.display_name, o.code as organisation_code
			from app_user u join organisation o on o.id = u.organisation_id join user_role r on r.user_id = u.id""";

}
