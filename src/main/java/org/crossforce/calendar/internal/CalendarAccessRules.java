package org.crossforce.calendar.internal;

import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarAccessRules {

	/** Working days are public knowledge: anyone may work out a deadline, signed in or not. */
	@Bean
	HttpAccessRules calendarRoutes() {
		return requests -> requests.requestMatchers("/api/calendar/**").permitAll();
	}

}
