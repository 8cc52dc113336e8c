/**
 * Organisations, users, roles, sign-in, API tokens, and the security filter chains that apply every module's
 * {@link org.crossforce.web.HttpAccessRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"web", "reference"})
package org.crossforce.identity;
