package com.milestonerecovery.portal.publicsite.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public home page: what medication management is and how to take the first step. */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class HomeView extends Section implements HasDynamicTitle {

    HomeView() {
        addClassName("hero");
        H1 title = new H1(getTranslation("public.hero.title"));
        Paragraph lead = new Paragraph(getTranslation("public.hero.lead"));
        lead.addClassName("lead");
        Anchor signIn = new Anchor("login", getTranslation("home.signInPrompt"));
        add(title, lead, new Paragraph(getTranslation("public.disclaimer")), signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.meta.title");
    }
}
