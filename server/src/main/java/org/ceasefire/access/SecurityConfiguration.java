package org.ceasefire.access;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who must sign in, how, and the headers every answer carries. Signing in takes two steps for every
 * role: the password ({@link PasswordAuthentication}, with lockout), then a TOTP code ({@link
 * SecondFactorFilter}, {@link SecondFactorPages}); API clients send both with each request (HTTP
 * Basic and the {@code X-Ceasefire-OTP} header). Authorisation by compartment is {@link
 * AccessInterceptor}'s job, asking {@link AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration implements WebMvcConfigurer {

  private final AccessInterceptor accessInterceptor;
  private final LayoutModel layoutModel;

  SecurityConfiguration(AccessInterceptor accessInterceptor, LayoutModel layoutModel) {
    this.accessInterceptor = accessInterceptor;
    this.layoutModel = layoutModel;
  }

  /**
   * No tracing spans around each security filter, authentication and authorization: nothing here
   * exports traces, and wrapping each of the chain's filters in an observation cost every request.
   */
  @Bean
  static SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      PasswordAuthentication passwordStep,
      SecondFactors secondFactors,
      ObjectProvider<ClientRegistrationRepository> providers,
      OidcSignIn oidcSignIn)
      throws Exception {
    List<AuthenticationProvider> steps = new ArrayList<>(List.of(passwordStep));
    if (providers.getIfAvailable() != null) {
      steps.add(
          new OidcAuthorizationCodeAuthenticationProvider(
              new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService()));
      // single sign-on with the agency's provider, when one is configured (OidcSignIn)
      http.oauth2Login(
          sso ->
              sso.loginPage("/login")
                  .successHandler(oidcSignIn)
                  .failureHandler(
                      (request, response, e) -> {
                        LoggerFactory.getLogger(OidcSignIn.class)
                            .warn("Single sign-on failed: {}", e.getMessage());
                        response.sendRedirect(request.getContextPath() + "/login?sso=failed");
                      }));
    }
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    requestCache.setMatchingRequestParameterName(null); // return to the page asked for, as is
    http.authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers(
                        "/login",
                        "/public",
                        "/public/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/api/docs",
                        "/api/docs/**",
                        "/actuator/health",
                        "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .requestCache(cache -> cache.requestCache(requestCache))
        // The password is only the first step: it leads to the second factor, which leads on to
        // the page asked for (SecondFactorPages).
        // one manager, no parent: a global one would try the same provider again on failure
        .authenticationManager(new ProviderManager(steps))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(
                        (request, response, auth) ->
                            response.sendRedirect(request.getContextPath() + "/mfa")))
        .httpBasic(basic -> basic.realmName("Ceasefire"))
        .addFilterAfter(new SecondFactorFilter(secondFactors), BasicAuthenticationFilter.class)
        .logout(
            logout ->
                logout
                    .logoutSuccessUrl("/login?logout")
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies("JSESSIONID"))
        // API clients that send credentials on every request carry no cookie to forge.
        .csrf(csrf -> csrf.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null))
        .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
        .exceptionHandling(
            errors ->
                errors.defaultAuthenticationEntryPointFor(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path.matcher("/api/**")))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'"
                                    + " 'unsafe-inline'; script-src 'self'; object-src 'none';"
                                    + " frame-ancestors 'none'; base-uri 'self'; form-action"
                                    + " 'self'"))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                org.springframework.security.web.header.writers
                                    .ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(accessInterceptor);
    registry.addInterceptor(layoutModel);
  }
}
