package org.crossforce.audit.internal;

import org.crossforce.audit.AuditChain;
import org.crossforce.audit.AuditVerification;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar crossforce.jar audit-verify}: recomputes the chain, prints the result as JSON and exits 0 when
 * the log is intact, 1 when it is not.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String COMMAND = "audit-verify";

	private final AuditChain chain;

	private int exitCode;

	AuditVerifyCommand(AuditChain chain) {
		this.chain = chain;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.getNonOptionArgs().contains(COMMAND)) {
			return;
		}
		AuditVerification result = chain.verify();
		System.out.printf("{\"valid\":%s,\"entries\":%d,\"firstBrokenSequence\":%s}%n", result.valid(),
				result.entries(), result.firstBrokenSequence());
		exitCode = result.valid() ? 0 : 1;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
