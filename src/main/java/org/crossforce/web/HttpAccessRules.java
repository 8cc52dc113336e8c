package org.crossforce.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's statement of who may reach its URLs. The security configuration applies every module's rules and then
 * denies everything else, so a URL that no module claims is unreachable.
 */
@FunctionalInterface
public interface HttpAccessRules {

	void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);

}
