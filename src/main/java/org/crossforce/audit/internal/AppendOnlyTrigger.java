package org.crossforce.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger that makes {@code audit_entry} append-only. */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
	}

}
