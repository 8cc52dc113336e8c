package org.crossforce.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crossforce.identity.Organisation;
import org.crossforce.identity.OrganisationKind;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The identity module's tables: organisations, users and their roles. */
@Repository
class UserAccounts {

	private static final String USER_COLUMNS = """
			u.id, u.username, u.display_name, u.password_hash, u.enabled,
			o.id as org_id, o.code as org_code, o.name as org_name, o.kind as org_kind, o.force_code, o.designated_on
			""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SignedInUser> findByUsername(String username) {
		return jdbc.sql("select " + USER_COLUMNS
				+ " from app_user u join organisation o on o.id = u.organisation_id where u.username = :username")
			.param("username", normalise(username))
			.query(this::user)
			.optional();
	}

	Optional<SignedInUser> findById(long id) {
		return jdbc.sql("select " + USER_COLUMNS
				+ " from app_user u join organisation o on o.id = u.organisation_id where u.id = :id")
			.param("id", id)
			.query(this::user)
			.optional();
	}

	List<SignedInUser> all() {
		return jdbc.sql("select " + USER_COLUMNS
				+ " from app_user u join organisation o on o.id = u.organisation_id order by o.name, u.username")
			.query(this::user)
			.list();
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from app_user where username = :username")
			.param("username", normalise(username))
			.query(Long.class)
			.single() > 0;
	}

	boolean anyDemoUsers() {
		return jdbc.sql("select count(*) from app_user where demo").query(Long.class).single() > 0;
	}

	long create(String username, String displayName, String passwordHash, long organisationId, Set<Role> roles,
			boolean demo, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (username, display_name, password_hash, organisation_id, enabled, demo, created_at)
				values (:username, :displayName, :passwordHash, :organisationId, true, :demo, :now)
				""")
			.param("username", normalise(username))
			.param("displayName", displayName)
			.param("passwordHash", passwordHash)
			.param("organisationId", organisationId)
			.param("demo", demo)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		return id;
	}

	void setEnabled(long userId, boolean enabled) {
		jdbc.sql("update app_user set enabled = :enabled where id = :id")
			.param("enabled", enabled)
			.param("id", userId)
			.update();
	}

	// Organisations

	List<Organisation> organisations() {
		return jdbc.sql("select * from organisation order by kind, name").query(UserAccounts::organisation).list();
	}

	Optional<Organisation> organisation(long id) {
		return jdbc.sql("select * from organisation where id = :id")
			.param("id", id)
			.query(UserAccounts::organisation)
			.optional();
	}

	Optional<Organisation> organisationByCode(String code) {
		return jdbc.sql("select * from organisation where code = :code")
			.param("code", code)
			.query(UserAccounts::organisation)
			.optional();
	}

	long createOrganisation(String code, String name, OrganisationKind kind, String forceCode, boolean demo) {
		jdbc.sql("""
				insert into organisation (code, name, kind, force_code, demo)
				values (:code, :name, :kind, :forceCode, :demo)
				""")
			.param("code", code)
			.param("name", name)
			.param("kind", kind.name())
			.param("forceCode", forceCode)
			.param("demo", demo)
			.update();
		return organisationByCode(code).orElseThrow().id();
	}

	static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	private SignedInUser user(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		LocalDate designatedOn = rs.getObject("designated_on", LocalDate.class);
		Organisation organisation = new Organisation(rs.getLong("org_id"), rs.getString("org_code"),
				rs.getString("org_name"), OrganisationKind.valueOf(rs.getString("org_kind")),
				rs.getString("force_code"), designatedOn);
		return new SignedInUser(id, rs.getString("username"), rs.getString("display_name"), organisation,
				rolesOf(id), rs.getBoolean("enabled"), rs.getString("password_hash"));
	}

	private Set<Role> rolesOf(long userId) {
		List<String> names = jdbc.sql("select role from user_role where user_id = :id")
			.param("id", userId)
			.query(String.class)
			.list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach(name -> roles.add(Role.valueOf(name)));
		return roles;
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), rs.getString("force_code"),
				rs.getObject("designated_on", LocalDate.class));
	}

}
