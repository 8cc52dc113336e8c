package org.crossforce.supercomplaints.internal;

import org.crossforce.identity.Role;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Who reaches the super-complaint tracker, report and response pages: the tracker is public (a complaint past its
 * draft, its report and the responses, never case data); HMICFRS records the report; HMICFRS, forces' professional
 * standards departments, the College and the IOPC record responses, each then checked line by line by
 * {@link ComplaintReports#mayRecord}. These exact paths come before any wider rule of the module.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintReportRoutes {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 100)
	static HttpAccessRules supercomplaintTrackerRoutes() {
		String[] responders = { Role.INSPECTOR.name(), Role.PROFESSIONAL_STANDARDS.name(), Role.COLLEGE.name(),
				Role.IOPC.name() };
		return requests -> requests
			.requestMatchers("/supercomplaints/tracker", "/supercomplaints/tracker/*",
					"/supercomplaints/tracker/*/responses.csv", "/api/supercomplaints/tracker",
					"/api/supercomplaints/tracker/*")
			.permitAll()
			.requestMatchers("/supercomplaints/*/report", "/api/supercomplaints/*/report")
			.hasRole(Role.INSPECTOR.name())
			.requestMatchers("/supercomplaints/*/responses", "/supercomplaints/*/responses/**",
					"/api/supercomplaints/*/recommendations/*/responses")
			.hasAnyRole(responders)
			.requestMatchers("/api/supercomplaints/*/recommendations")
			.authenticated();
	}

}
