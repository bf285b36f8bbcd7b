package cn.renda.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Access rules. Two chains: {@code /api/**} is stateless (HTTP Basic or bearer token, problem+json
 * errors, no CSRF since no cookie authenticates it); everything else uses form login with CSRF.
 * URL rules only separate public from signed-in paths; roles are checked per handler with
 * {@code @PreAuthorize}, and a test fails on any handler without a rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/login",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/public/**",
        "/error",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/locale"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(
                argon2,
                Map.of(
                        argon2,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    UserDetailsService userDetailsService(AccountRepository accounts) {
        return username ->
                accounts.findForLogin(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                String name = authentication.getName();
                String address = LoginThrottledException.addressOf(authentication);
                var wait = throttle.waiting(name, address);
                if (wait.isPresent()) {
                    throw new LoginThrottledException(wait.get());
                }
                try {
                    Authentication result = dao.authenticate(authentication);
                    throttle.recordSuccess(name, address);
                    return result;
                } catch (BadCredentialsException e) {
                    throttle.recordFailure(name, address);
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemWriter problems, AccountRepository accounts)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> {
                    if (e instanceof LoginThrottledException throttled) {
                        res.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                        problems.write(req, res, 429, "problem.throttled.title", "problem.throttled.detail");
                    } else {
                        problems.write(req, res, 401, "problem.unauthorized.title", "problem.unauthorized.detail");
                    }
                }))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> problems.write(
                                req, res, 401, "problem.unauthorized.title", "problem.unauthorized.detail"))
                        .accessDeniedHandler((req, res, ex) ->
                                problems.write(req, res, 403, "problem.forbidden.title", "problem.forbidden.detail")))
                .addFilterBefore(new ApiTokenFilter(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(new TenantBindingFilter(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        // Platform-wide figures (every congress's load): the operator only, not a congress's ADMIN.
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.OPERATOR.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
                                + (ex instanceof LoginThrottledException ? "/login?locked" : "/login?error"))))
                .httpBasic(b -> {})
                // Pages send the signed-out to the login form; Basic credentials still work (Prometheus).
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
                .csrf(c -> c.csrfTokenRequestHandler(csrfTokens()))
                .addFilterAfter(new TenantBindingFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Spring Security's default handler (a fresh random mask on the token of every page, against BREACH), masking
     * with one random generator per request thread: the default {@code new SecureRandom()} (NativePRNG) reads
     * /dev/urandom under one lock for the whole process, which the page threads queued on (bench/README.md, issue
     * #11 session 9).
     */
    private static XorCsrfTokenRequestAttributeHandler csrfTokens() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new PerThreadSecureRandom());
        return handler;
    }

    /** A SecureRandom whose bytes come from a DRBG of the calling thread's own (seeded from the system). */
    static final class PerThreadSecureRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private static final ThreadLocal<SecureRandom> OWN = ThreadLocal.withInitial(() -> {
            try {
                return SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
                return new SecureRandom();
            }
        });

        @Override
        public void nextBytes(byte[] bytes) {
            OWN.get().nextBytes(bytes);
        }
    }

    /** Authenticates {@code Authorization: Bearer rnd_…} personal tokens on the API. */
    static class ApiTokenFilter extends OncePerRequestFilter {

        private final AccountRepository accounts;

        ApiTokenFilter(AccountRepository accounts) {
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith("Bearer ")) {
                String hash = AccountFacade.sha256(header.substring(7).trim());
                accounts.usernameForToken(hash)
                        .flatMap(accounts::findForLogin)
                        .filter(CurrentUser::isEnabled)
                        .ifPresent(user -> {
                            var auth = UsernamePasswordAuthenticationToken.authenticated(
                                    user, null, user.getAuthorities());
                            SecurityContextHolder.getContext().setAuthentication(auth);
                        });
            }
            chain.doFilter(request, response);
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return true;
        }
    }

    /** Binds the signed-in user's congress to the thread for the rest of the request. */
    static class TenantBindingFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var user = CurrentUser.get();
            if (user.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            cn.renda.core.TenantContext.set(user.get().congressId());
            try {
                chain.doFilter(request, response);
            } finally {
                cn.renda.core.TenantContext.clear();
            }
        }
    }
}
