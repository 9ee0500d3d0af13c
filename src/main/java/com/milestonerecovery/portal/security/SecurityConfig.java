package com.milestonerecovery.portal.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;

import com.milestonerecovery.portal.security.ui.LoginView;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: Vaadin views say who may open them; everything else needs a signed-in user.
 * Services enforce roles again with {@code @PreAuthorize}.
 *
 * <p>JSR-250 method security stays on although only views carry {@code @RolesAllowed}: it makes Spring wrap each
 * view in a proxy (about 1 KiB per open page), and the router then builds a fresh view on every navigation, also to
 * the page already shown, which the pages rely on to show fresh data (without the proxies Vaadin reuses the
 * instance; tried in issue 8, and the schedule and consultation view tests caught it).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Where each role lands after signing in: the start view forwards to the role's home. */
    static final String START_PATH = "/start";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TwoFactorService twoFactor, SignInSessions sessions,
            Clock clock) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles.css", "/images/**", "/favicon.ico").permitAll());
        // A new session id at sign-in (and again after the second step, see SignInSessions.complete).
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.with(vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .defaultSuccessUrl(START_PATH));
        // The second step: Vaadin's configurer sets its own success handler when the chain is built; this
        // post-processor runs after that and wraps the sign-in in the two-step check.
        http.formLogin(form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationSuccessHandler(
                        new SecondStepSuccessHandler(twoFactor, sessions, clock, START_PATH));
                return filter;
            }
        }));
        return http.build();
    }

    /**
     * Argon2id (OWASP's recommended parameters, configurable) behind a delegating encoder: hashes carry their
     * algorithm, and older ones ({@code {bcrypt}}, or Argon2 at a lower cost) are re-hashed at the next
     * sign-in ({@link AccountUserDetailsService#updatePassword}). See docs/decisions/007-authentication.md.
     */
    @Bean
    PasswordEncoder passwordEncoder(AuthenticationProperties properties,
            @Value("${portal.security.bcrypt-strength:12}") int bcryptStrength) {
        AuthenticationProperties.Argon2 cost = properties.argon2();
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, cost.parallelism(), cost.memoryKib(),
                cost.iterations());
        return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, "bcrypt",
                new BCryptPasswordEncoder(bcryptStrength)));
    }

    static final String ARGON2 = "argon2";
}
