package org.crossforce;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CrossforceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrossforceApplication.class, args);
	}

	/** The one clock every deadline and timestamp is read from, so tests can fix it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
