package org.crossforce.statistics.internal;

import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatisticsAccessRules {

	/** National statistics are published for anyone: only counts, with small numbers suppressed, never a case. */
	@Bean
	HttpAccessRules statisticsRoutes() {
		return requests -> requests.requestMatchers("/api/statistics", "/api/statistics/published", "/statistics",
				"/statistics/forces/*", "/statistics/forces/*/neighbours", "/statistics/live.ods",
				"/statistics/live.csv", "/statistics/live-notes.csv", "/statistics/published.ods",
				"/statistics/published.csv", "/statistics/published-notes.csv").permitAll();
	}

}
