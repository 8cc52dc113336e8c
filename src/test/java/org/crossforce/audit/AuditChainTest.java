package org.crossforce.audit;

import java.util.Map;

import org.crossforce.testing.IntegrationTest;
import org.crossforce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log's promise: nobody can quietly change it. The database refuses updates and deletes; someone who
 * gets round that (a superuser dropping the trigger) is caught by recomputing the chain.
 */
@IntegrationTest
class AuditChainTest {

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUntouchedLogVerifiesAndEachEntryLinksToTheOneBefore() {
		AuditEntry first = log.record("tester", "test.first", "subject A", "one");
		AuditEntry second = log.record("tester", "test.second", "subject B", "two");
		assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
		assertThat(second.previousHash()).isEqualTo(first.entryHash());
		assertThat(first.entryHash()).hasSize(64).isNotEqualTo(second.entryHash());
		AuditVerification result = chain.verify();
		assertThat(result.valid()).isTrue();
		assertThat(result.firstBrokenSequence()).isNull();
		assertThat(result.entries()).isGreaterThanOrEqualTo(second.sequence());
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
		AuditEntry entry = log.record("tester", "test.protected", "subject", "");
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else' where sequence = :s")
			.param("s", entry.sequence())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where sequence = :s")
			.param("s", entry.sequence())
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void verificationNamesTheFirstAlteredEntryWhenOneIsChangedAndAnotherDeleted() {
		AuditEntry altered = log.record("tester", "test.alter", "case 1", "original detail");
		log.record("tester", "test.between", "case 2", "");
		AuditEntry deleted = log.record("tester", "test.delete", "case 3", "");
		log.record("tester", "test.after", "case 4", "");
		Map<String, Object> deletedRow = row(deleted.sequence());
		try {
			bypassingTheTrigger(() -> {
				jdbc.sql("update audit_entry set detail = 'rewritten' where sequence = :s")
					.param("s", altered.sequence())
					.update();
				jdbc.sql("delete from audit_entry where sequence = :s").param("s", deleted.sequence()).update();
			});
			AuditVerification result = chain.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSequence()).isEqualTo(altered.sequence());

			bypassingTheTrigger(() -> jdbc.sql("update audit_entry set detail = 'original detail' where sequence = :s")
				.param("s", altered.sequence())
				.update());
			result = chain.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSequence()).as("the missing entry").isEqualTo(deleted.sequence());
		}
		finally {
			restore(altered.sequence(), "original detail", deletedRow);
		}
		assertThat(chain.verify().valid()).as("restored").isTrue();
	}

	@Test
	void verificationNoticesEntriesCutFromTheEnd() {
		AuditEntry last = log.record("tester", "test.last", "case 5", "");
		Map<String, Object> lastRow = row(last.sequence());
		try {
			bypassingTheTrigger(
					() -> jdbc.sql("delete from audit_entry where sequence = :s").param("s", last.sequence()).update());
			AuditVerification result = chain.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSequence()).isEqualTo(last.sequence());
		}
		finally {
			restore(-1, null, lastRow);
		}
		assertThat(chain.verify().valid()).isTrue();
	}

	@Test
	void theHashCoversEveryField() {
		AuditEntry entry = log.record("tester", "test.fields", "subject", "detail");
		String original = AuditLog.hashOf(entry);
		assertThat(original).isEqualTo(entry.entryHash());
		assertThat(AuditLog.hashOf(new AuditEntry(entry.sequence(), entry.recordedAt(), "tester", "test.fields",
				"subjec", "tdetail", entry.previousHash(), null)))
			.as("moving a character between fields changes the hash")
			.isNotEqualTo(original);
		assertThat(AuditLog.hashOf(new AuditEntry(entry.sequence(), entry.recordedAt().plusMillis(1), "tester",
				"test.fields", "subject", "detail", entry.previousHash(), null)))
			.isNotEqualTo(original);
	}

	private Map<String, Object> row(long sequence) {
		return jdbc.sql("select * from audit_entry where sequence = :s").param("s", sequence).query().singleRow();
	}

	private void restore(long alteredSequence, String detail, Map<String, Object> deletedRow) {
		bypassingTheTrigger(() -> {
			if (alteredSequence > 0) {
				jdbc.sql("update audit_entry set detail = :d where sequence = :s")
					.param("d", detail)
					.param("s", alteredSequence)
					.update();
			}
			if (jdbc.sql("select count(*) from audit_entry where sequence = :s")
				.param("s", deletedRow.get("sequence"))
				.query(Long.class)
				.single() == 0) {
				jdbc.sql("""
						insert into audit_entry
						  (sequence, recorded_at, actor, action, subject, detail, previous_hash, entry_hash)
						values (:sequence, :recorded_at, :actor, :action, :subject, :detail, :previous_hash, :entry_hash)
						""").params(deletedRow).update();
			}
		});
	}

	/** What an attacker with full control of the database would do: switch the append-only trigger off. */
	private void bypassingTheTrigger(Runnable tampering) {
		if (TestDatabase.isPostgres()) {
			jdbc.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
			try {
				tampering.run();
			}
			finally {
				jdbc.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
			}
		}
		else {
			jdbc.sql("drop trigger audit_entry_no_change").update();
			try {
				tampering.run();
			}
			finally {
				jdbc.sql("create trigger audit_entry_no_change before update, delete on audit_entry "
						+ "for each row call 'org.crossforce.audit.internal.AppendOnlyTrigger'").update();
			}
		}
	}

}
