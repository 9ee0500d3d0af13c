package com.milestonerecovery.portal.clientportal.ui;

import java.util.List;

import com.milestonerecovery.portal.medication.EducationArticle;
import com.milestonerecovery.portal.medication.EducationService;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Learning about my medications: one expandable section per medication in the plan, then general reading.
 * The text is our own reviewed content rendered from Markdown by the service (never anything a user typed).
 */
@Route(value = "portal/learn", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class LearnView extends VerticalLayout implements HasDynamicTitle {

    LearnView(EducationService education) {
        addClassName("learn-view");
        setPadding(false);
        List<EducationArticle> articles = education.myEducation(getLocale());
        add(new H1(getTranslation("learn.title")), new Paragraph(getTranslation("learn.intro")));
        add(new H2(getTranslation("learn.myMedications")));
        articles.stream().filter(EducationArticle::medication).forEach(a -> add(details(a)));
        add(new H2(getTranslation("learn.general")));
        articles.stream().filter(a -> !a.medication()).forEach(a -> add(details(a)));
        Paragraph disclaimer = new Paragraph(getTranslation("learn.disclaimer"));
        disclaimer.addClassName("disclaimer");
        add(disclaimer);
    }

    private Details details(EducationArticle article) {
        Details details = new Details(article.title(), new Html(article.html()));
        details.setId("learn-" + article.key());
        details.addClassName("learn-article");
        details.setWidthFull();
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learn.title");
    }
}
