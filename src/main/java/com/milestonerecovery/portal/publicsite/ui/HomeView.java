package com.milestonerecovery.portal.publicsite.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.consultation.Concern;
import com.milestonerecovery.portal.consultation.ui.ConcernPreselection;
import com.milestonerecovery.portal.consultation.ui.ConsultationView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public home page: what medication management is, how it helps, a private self-check, answers to
 * common questions and how to ask for a confidential consultation. All text comes from the bundles.
 */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    private final Map<Concern, Checkbox> signs = new EnumMap<>(Concern.class);
    private final Paragraph signsOutcome = new Paragraph();
    private final Button signsCta = new Button();

    HomeView(ClinicProperties clinic) {
        addClassName("home-view");
        add(hero(),
                section("why", why()),
                section("components", titled("components", 4, true, false)),
                section("meds", titled("meds", 5, true, true)),
                section("role", titled("role", 4, false, false)),
                section("signs", selfCheck()),
                section("steps", steps()),
                section("holistic", titled("holistic", 5, true, false)),
                section("stigma", stigma()),
                section("sustain", titled("sustain", 4, false, false)),
                section("faq", faq()),
                section("visit", visit(clinic)),
                closing());
    }

    private Component hero() {
        Section hero = new Section();
        hero.addClassName("hero");
        H1 title = new H1(t("public.hero.title"));
        Paragraph lead = new Paragraph(t("public.hero.lead"));
        lead.addClassName("lead");
        Paragraph confidential = new Paragraph(t("public.hero.confidential"));
        hero.add(title, lead, ctaLink(t("public.hero.cta"), "hero-cta"), confidential);
        return hero;
    }

    private Section section(String key, Component... content) {
        Section section = new Section();
        section.addClassName("home-section");
        section.setId("section-" + key);
        H2 heading = new H2(t("public." + key + ".title"));
        heading.setId("heading-" + key);
        section.getElement().setAttribute("aria-labelledby", "heading-" + key);
        section.add(heading);
        section.add(content);
        return section;
    }

    private Component[] why() {
        return new Component[] {new Paragraph(t("public.why.intro")), bullets("public.why.item.", 4),
                new Paragraph(t("public.why.outro"))};
    }

    /** N titled items (public.KEY.item.N.title / .body), with the section's intro and outro if it has them. */
    private Component[] titled(String key, int count, boolean intro, boolean outro) {
        Div items = new Div();
        items.addClassName("card-grid");
        for (int i = 1; i <= count; i++) {
            Div card = new Div(new H3(t("public." + key + ".item." + i + ".title")),
                    new Paragraph(t("public." + key + ".item." + i + ".body")));
            card.addClassName("card");
            items.add(card);
        }
        Div content = new Div();
        if (intro) {
            content.add(new Paragraph(t("public." + key + ".intro")));
        }
        content.add(items);
        if (outro) {
            content.add(new Paragraph(t("public." + key + ".outro")));
        }
        return new Component[] {content};
    }

    private Component[] selfCheck() {
        Div list = new Div();
        list.addClassName("self-check");
        list.getElement().setAttribute("role", "group");
        list.getElement().setAttribute("aria-labelledby", "heading-signs");
        for (Concern concern : Concern.values()) {
            Checkbox box = new Checkbox(t("public.signs.item." + concern.key()));
            box.setId("sign-" + concern.key());
            box.addValueChangeListener(e -> updateSelfCheck());
            signs.put(concern, box);
            list.add(box);
        }
        signsOutcome.setId("signs-outcome");
        signsOutcome.getElement().setAttribute("aria-live", "polite");
        signsCta.setText(t("public.signs.cta"));
        signsCta.setId("signs-cta");
        signsCta.addThemeVariants(ButtonVariant.PRIMARY);
        signsCta.addClickListener(e -> {
            ConcernPreselection.offer(checkedConcerns());
            e.getSource().getUI().ifPresent(ui -> ui.navigate(ConsultationView.class));
        });
        updateSelfCheck();
        return new Component[] {new Paragraph(t("public.signs.intro")), list, signsOutcome, signsCta};
    }

    private Set<Concern> checkedConcerns() {
        Set<Concern> checked = EnumSet.noneOf(Concern.class);
        signs.forEach((concern, box) -> {
            if (box.getValue()) {
                checked.add(concern);
            }
        });
        return checked;
    }

    private void updateSelfCheck() {
        boolean any = !checkedConcerns().isEmpty();
        signsOutcome.setText(t(any ? "public.signs.some" : "public.signs.none"));
        signsCta.setVisible(any);
    }

    private Component[] steps() {
        OrderedList list = new OrderedList();
        list.addClassName("steps");
        for (int i = 1; i <= 5; i++) {
            list.add(new ListItem(new H3(t("public.steps.item." + i + ".title")),
                    new Paragraph(t("public.steps.item." + i + ".body"))));
        }
        return new Component[] {list};
    }

    private Component[] stigma() {
        return new Component[] {new Paragraph(t("public.stigma.intro")), bullets("public.stigma.item.", 3)};
    }

    private Component[] faq() {
        Div list = new Div();
        list.addClassName("faq");
        for (int i = 1; i <= 8; i++) {
            Details item = new Details(t("public.faq." + i + ".q"), new Paragraph(t("public.faq." + i + ".a")));
            item.setId("faq-" + i);
            list.add(item);
        }
        return new Component[] {list};
    }

    private Component[] visit(ClinicProperties clinic) {
        Div address = new Div(new Paragraph(clinic.name()), new Paragraph(clinic.street()),
                new Paragraph(clinic.cityLine()));
        address.addClassName("address");
        address.getElement().setAttribute("translate", "no");
        Paragraph contact = new Paragraph(
                new Anchor("tel:" + clinic.phone().replaceAll("[^0-9+]", ""), clinic.phone()),
                new Span(" · "), new Anchor(clinic.website(), clinic.website()));
        return new Component[] {address, contact, new Paragraph(t("public.visit.directions")),
                new Paragraph(t("public.visit.hours"))};
    }

    private Component closing() {
        Section closing = new Section();
        closing.addClassName("home-section");
        closing.addClassName("closing");
        closing.add(new H2(t("public.cta.title")), new Paragraph(t("public.cta.body")),
                ctaLink(t("public.cta.button"), "closing-cta"), disclaimer());
        return closing;
    }

    private Component disclaimer() {
        Paragraph disclaimer = new Paragraph(t("public.disclaimer"));
        disclaimer.addClassName("disclaimer");
        return disclaimer;
    }

    private RouterLink ctaLink(String text, String id) {
        RouterLink link = new RouterLink(text, ConsultationView.class);
        link.addClassName("cta-button");
        link.setId(id);
        return link;
    }

    private UnorderedList bullets(String prefix, int count) {
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(t(prefix + i)));
        }
        return list;
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.meta.title");
    }
}
