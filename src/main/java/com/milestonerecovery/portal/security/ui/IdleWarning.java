package com.milestonerecovery.portal.security.ui;

import java.time.Duration;

import com.milestonerecovery.portal.security.SignInSessions;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpSession;

/**
 * The warning a minute before idle logoff, for the signed-in layouts. The countdown runs in the browser (a
 * server-side timer would itself count as activity); it restarts on every key press, click or tap. The warning
 * is an alert dialog with "Stay signed in" (one request to the server, which counts as activity); at the limit
 * the browser goes to the sign-in page, where the server has already ended the session
 * (see {@code IdleSessionGuard}).
 */
public class IdleWarning extends Div {

    public IdleWarning(SignInSessions sessions) {
        setId("idle-warning");
        addClassName("idle-warning");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-modal", "false");
        getElement().setAttribute("aria-labelledby", "idle-warning-text");
        getElement().setAttribute("hidden", true);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Duration limit = sessions.idleLimit(session);
        if (limit != null) {
            getElement().setAttribute("data-limit-ms", Long.toString(limit.toMillis()));
            getElement().setAttribute("data-warn-ms", Long.toString(sessions.warningBefore().toMillis()));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!getElement().hasAttribute("data-limit-ms")) {
            return;
        }
        getElement().executeJs("""
                const box = $0;
                box.innerHTML = '';
                const p = document.createElement('p'); p.id = 'idle-warning-text'; p.textContent = $1;
                const stay = document.createElement('button'); stay.type = 'button'; stay.id = 'stay-signed-in';
                stay.textContent = $2; stay.className = 'idle-warning-stay';
                box.append(p, stay);
                let warnTimer, endTimer;
                const arm = () => {
                  const limit = Number(box.dataset.limitMs), warn = Number(box.dataset.warnMs);
                  clearTimeout(warnTimer); clearTimeout(endTimer);
                  box.hidden = true;
                  warnTimer = setTimeout(() => { box.hidden = false; stay.focus(); }, Math.max(0, limit - warn));
                  endTimer = setTimeout(() => { window.location.assign($3); }, limit + 2000);
                };
                stay.addEventListener('click', () => { box.$server.staySignedIn(); arm(); });
                if (window.__portalIdleDisarm) { window.__portalIdleDisarm(); }
                ['keydown', 'pointerdown'].forEach(t => document.addEventListener(t, arm, true));
                window.__portalIdleDisarm = () => {
                  clearTimeout(warnTimer); clearTimeout(endTimer);
                  ['keydown', 'pointerdown'].forEach(t => document.removeEventListener(t, arm, true));
                };
                arm();
                """, getTranslation("auth.idle.warning"), getTranslation("auth.idle.stay"), "login?timeout");
    }

    /** "Stay signed in": the request itself is the activity that keeps the session. */
    @ClientCallable
    private void staySignedIn() {
        // nothing else to do
    }
}
