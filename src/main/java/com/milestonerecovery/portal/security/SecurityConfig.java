package com.milestonerecovery.portal.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;

import com.milestonerecovery.portal.security.ui.LoginView;

import org.springframework.beans.factory.annotation.Value;
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
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Where each role lands after signing in: the start view forwards to the role's home. */
    static final String START_PATH = "/start";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles.css", "/images/**", "/favicon.ico").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.with(vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .defaultSuccessUrl(START_PATH));
        return http.build();
    }

    /**
     * BCrypt at a configurable work factor behind a delegating encoder, so hashes carry their algorithm
     * and can be upgraded later without a flag day.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${portal.security.bcrypt-strength:12}") int strength) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(strength);
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
    }
}
