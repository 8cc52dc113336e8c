package org.crossforce;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CrossforceApplication {

	/**
	 * Starts the web service, or, when the first argument is a command such as {@code audit-verify}, runs that
	 * command without a web server and exits with its status.
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CrossforceApplication.class);
		boolean command = args.length > 0 && !args[0].startsWith("-");
		if (command) {
			application.setWebApplicationType(WebApplicationType.NONE);
			// A command's output is its result; start-up chatter goes only to warnings.
			application.setDefaultProperties(Map.of("logging.level.root", "WARN", "spring.main.banner-mode", "off"));
		}
		ConfigurableApplicationContext context = application.run(args);
		if (command) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/** The one clock every deadline and timestamp is read from, so tests can fix it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
