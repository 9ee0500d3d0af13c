package com.milestonerecovery.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.publicsite.ui.HomeView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A view that fails while opening shows the friendly error page: the message, a reference id, and nothing of the
 * failure (no exception class, message or stack trace). The same reference is in the log, next to the stack trace.
 */
@SpringBootTest
class ErrorViewTest extends SpringBrowserlessTest {

    /** What the failure says: it must reach the log, never the page. */
    static final String SECRET = "Failure detail for Jane Roe on sertraline";
    private static final Pattern REFERENCE = Pattern.compile("E-[0-9A-F]{10}");

    /** A test-only view that fails on the way in. Registered for this test's session only. */
    @AnonymousAllowed
    public static class FailingView extends Div implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(SECRET);
        }
    }

    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorReferences.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
    }

    @Test
    void aFailingViewShowsAReferenceAndNoInternalsAndTheLogHasTheSameReference() {
        RouteConfiguration.forSessionScope().setRoute("test-failing-view", FailingView.class);

        ErrorView view = navigate("test-failing-view", ErrorView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Something went wrong");
        String reference = find(Span.class).id("error-reference").getText();
        assertThat(reference).matches(REFERENCE);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("tell the clinic this reference", reference)
                .doesNotContain(SECRET, "IllegalStateException", "Exception", "at com.", "at java.", "FailingView");

        List<ILoggingEvent> errors = logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
        assertThat(errors).hasSize(1);
        ILoggingEvent logged = errors.getFirst();
        Matcher inLog = REFERENCE.matcher(logged.getFormattedMessage());
        assertThat(inLog.find()).as(logged.getFormattedMessage()).isTrue();
        assertThat(inLog.group()).isEqualTo(reference);
        // The log keeps what support needs: the failure itself, with its stack trace.
        assertThat(logged.getThrowableProxy()).isNotNull();
        assertThat(logged.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        assertThat(logged.getThrowableProxy().getMessage()).isEqualTo(SECRET);
        assertThat(logged.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
    }

    /** A failure inside a click (not a navigation) shows a notification with a reference, and nothing else. */
    @Test
    void aFailingActionShowsANotificationWithAReferenceAndNoInternals() {
        navigate(HomeView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(SECRET)));

        Notification note = find(Notification.class).single();
        String text = test(note).getText();
        assertThat(text).startsWith("Something went wrong (").doesNotContain(SECRET, "Exception", "at com.");
        Matcher shown = REFERENCE.matcher(text);
        assertThat(shown.find()).as(text).isTrue();
        List<ILoggingEvent> errors = logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getFormattedMessage()).contains(shown.group());
        assertThat(errors.getFirst().getThrowableProxy().getMessage()).isEqualTo(SECRET);
    }

    @Test
    void everyFailureGetsItsOwnReference() {
        RouteConfiguration.forSessionScope().setRoute("test-failing-view", FailingView.class);

        navigate("test-failing-view", ErrorView.class);
        String first = find(Span.class).id("error-reference").getText();
        navigate("test-failing-view", ErrorView.class);
        String second = find(Span.class).id("error-reference").getText();

        assertThat(first).matches(REFERENCE);
        assertThat(second).matches(REFERENCE).isNotEqualTo(first);
    }
}
