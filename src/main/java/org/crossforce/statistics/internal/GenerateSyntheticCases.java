package org.crossforce.statistics.internal;

import java.util.List;

import org.crossforce.statistics.internal.SyntheticCases.SyntheticCasesRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * {@code --cases=N [--seed=S]} on the command line writes N synthetic cases once the application has started, e.g.
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="--cases=10000 --seed=42"}. Without {@code --cases} it
 * does nothing. A request it refuses (N out of range, not a number, the production profile) stops the application
 * with the reason on one line.
 */
@Component
class GenerateSyntheticCases implements ApplicationRunner {

	static final int DEFAULT_SEED = 20150401;

	private static final Logger log = LoggerFactory.getLogger(GenerateSyntheticCases.class);

	private final SyntheticCases synthetic;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	GenerateSyntheticCases(SyntheticCases synthetic, Environment environment, ConfigurableApplicationContext context) {
		this.synthetic = synthetic;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.containsOption("cases")) {
			return;
		}
		try {
			generate(arguments);
		}
		catch (SyntheticCasesRefused refused) {
			log.error("Synthetic cases refused: {}", refused.getMessage());
			System.exit(SpringApplication.exit(context, () -> 2));
		}
	}

	void generate(ApplicationArguments arguments) {
		if (environment.acceptsProfiles(Profiles.of("production"))) {
			throw new SyntheticCasesRefused("synthetic cases are never written under the production profile");
		}
		int cases = number(arguments, "cases", null, "a whole number from 1 to " + SyntheticCases.MAX_CASES);
		int seed = number(arguments, "seed", DEFAULT_SEED, "a whole number from 0 to " + Integer.MAX_VALUE);
		long started = System.nanoTime();
		synthetic.generate(cases, seed);
		log.info("Wrote {} synthetic cases with seed {} in {} ms", cases, seed, (System.nanoTime() - started) / 1_000_000);
	}

	private static int number(ApplicationArguments arguments, String option, Integer fallback, String expected) {
		List<String> values = arguments.getOptionValues(option);
		if (values == null || values.isEmpty()) {
			if (fallback == null) {
				throw new SyntheticCasesRefused("--" + option + " needs a value, e.g. --" + option + "=1000");
			}
			return fallback;
		}
		String value = values.get(values.size() - 1).trim();
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException notANumber) {
			throw new SyntheticCasesRefused("--" + option + " must be " + expected + ", not " + value);
		}
	}

}
