package com.milestonerecovery.portal.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.milestonerecovery.portal.security.Reauthentication;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * Service calls that need a recent password confirmation ({@link Reauthentication}: record exports and
 * releases), made by the signed-in person (run this inside {@link SignedIn#as}) right after typing the demo
 * password again. The confirmation lives in the person's web session; the session here only holds its
 * attributes, while the password check against the database is the real one.
 */
public final class PasswordConfirmed {

    public static final String DEMO_PASSWORD = "Demo-Recovery-2026";

    private PasswordConfirmed() {
    }

    public static <T> T call(Reauthentication reauthentication, Callable<T> work) throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        WrappedSession web = mock(WrappedSession.class);
        doAnswer(i -> attributes.put(i.getArgument(0), i.getArgument(1))).when(web).setAttribute(anyString(), any());
        when(web.getAttribute(anyString())).thenAnswer(i -> attributes.get(i.<String>getArgument(0)));
        VaadinSession session = mock(VaadinSession.class);
        when(session.getSession()).thenReturn(web);
        VaadinSession previous = VaadinSession.getCurrent();
        VaadinSession.setCurrent(session);
        try {
            if (!reauthentication.confirm(DEMO_PASSWORD)) {
                throw new IllegalStateException("the demo password was not accepted");
            }
            return work.call();
        } finally {
            VaadinSession.setCurrent(previous);
        }
    }
}
