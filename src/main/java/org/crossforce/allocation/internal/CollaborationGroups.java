package org.crossforce.allocation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.crossforce.allocation.CollaborationGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Professional standards collaborations between forces: data administrators maintain, read by the rule. */
@Repository
public class CollaborationGroups {

	private final JdbcClient jdbc;

	CollaborationGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CollaborationGroup> all() {
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		jdbc.sql("""
				select g.name, m.force_code from collaboration_group g
				left join collaboration_member m on m.group_id = g.id order by g.name, m.force_code
				""").query((rs, row) -> {
			Set<String> members = groups.computeIfAbsent(rs.getString(1), name -> new TreeSet<>());
			if (rs.getString(2) != null) {
				members.add(rs.getString(2));
			}
			return null;
		}).list();
		return groups.entrySet().stream().map(group -> new CollaborationGroup(group.getKey(), group.getValue())).toList();
	}

	public boolean exists(String name) {
		return jdbc.sql("select count(*) from collaboration_group where name = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	public void create(String name, Set<String> forces) {
		jdbc.sql("insert into collaboration_group (name) values (:name)").param("name", name).update();
		long id = jdbc.sql("select id from collaboration_group where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
		for (String force : forces) {
			jdbc.sql("insert into collaboration_member (group_id, force_code) values (:id, :force)")
				.param("id", id)
				.param("force", force)
				.update();
		}
	}

	public boolean delete(String name) {
		jdbc.sql("""
				delete from collaboration_member
				where group_id in (select id from collaboration_group where name = :name)
				""").param("name", name).update();
		return jdbc.sql("delete from collaboration_group where name = :name").param("name", name).update() == 1;
	}

}
