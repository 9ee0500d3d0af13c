package com.milestonerecovery.portal.publicsite.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jsoup.nodes.Element;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.Markup;
import com.milestonerecovery.portal.consultation.Concern;
import com.milestonerecovery.portal.consultation.ui.ConcernPreselection;
import com.milestonerecovery.portal.consultation.ui.ConsultationView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
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

    /*
     * The page is long and almost all of it is reading: every section but the self-check is one read-only Markup
     * element (issue 8, memory per session: a visitor's session kept 361 state nodes for this page), with the
     * questions and answers as the browser's own <details> and the calls to action as links the client-side router
     * follows. The self-check's boxes and its button talk to the server, so they stay components.
     */
    HomeView(ClinicProperties clinic) {
        addClassName("home-view");
        add(new Markup(hero()),
                section("why", this::why),
                section("components", content -> titled(content, "components", 4, true, false)),
                section("meds", content -> titled(content, "meds", 5, true, true)),
                section("role", content -> titled(content, "role", 4, false, false)),
                selfCheck(),
                section("steps", this::steps),
                section("holistic", content -> titled(content, "holistic", 5, true, false)),
                section("stigma", this::stigma),
                section("sustain", content -> titled(content, "sustain", 4, false, false)),
                section("faq", this::faq),
                section("visit", content -> visit(content, clinic)),
                new Markup(closing()));
    }

    private Element hero() {
        Element hero = Markup.root("section").addClass("hero");
        hero.appendElement("h1").text(t("public.hero.title"));
        hero.appendElement("p").addClass("lead").text(t("public.hero.lead"));
        ctaLink(hero, t("public.hero.cta"), "hero-cta");
        hero.appendElement("p").text(t("public.hero.confidential"));
        return hero;
    }

    /** A section labelled by its heading, then the content {@code content} adds: one Markup element. */
    private Markup section(String key, Consumer<Element> content) {
        Element section = Markup.root("section").addClass("home-section").id("section-" + key)
                .attr("aria-labelledby", "heading-" + key);
        section.appendElement("h2").id("heading-" + key).text(t("public." + key + ".title"));
        content.accept(section);
        return new Markup(section);
    }

    private void why(Element section) {
        section.appendElement("p").text(t("public.why.intro"));
        bullets(section, "public.why.item.", 4);
        section.appendElement("p").text(t("public.why.outro"));
    }

    /** N titled items (public.KEY.item.N.title / .body), with the section's intro and outro if it has them. */
    private void titled(Element section, String key, int count, boolean intro, boolean outro) {
        Element wrapper = section.appendElement("div");
        if (intro) {
            wrapper.appendElement("p").text(t("public." + key + ".intro"));
        }
        Element items = wrapper.appendElement("div").addClass("card-grid");
        for (int i = 1; i <= count; i++) {
            Element card = items.appendElement("div").addClass("card");
            card.appendElement("h3").text(t("public." + key + ".item." + i + ".title"));
            card.appendElement("p").text(t("public." + key + ".item." + i + ".body"));
        }
        if (outro) {
            wrapper.appendElement("p").text(t("public." + key + ".outro"));
        }
    }

    private Component selfCheck() {
        Section section = new Section();
        section.addClassName("home-section");
        section.setId("section-signs");
        section.getElement().setAttribute("aria-labelledby", "heading-signs");
        Element heading = Markup.root("h2").id("heading-signs").text(t("public.signs.title"));
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
        section.add(new Markup(heading), Markup.text("p", null, t("public.signs.intro")), list, signsOutcome,
                signsCta);
        return section;
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

    private void steps(Element section) {
        Element list = section.appendElement("ol").addClass("steps");
        for (int i = 1; i <= 5; i++) {
            Element item = list.appendElement("li");
            item.appendElement("h3").text(t("public.steps.item." + i + ".title"));
            item.appendElement("p").text(t("public.steps.item." + i + ".body"));
        }
    }

    private void stigma(Element section) {
        section.appendElement("p").text(t("public.stigma.intro"));
        bullets(section, "public.stigma.item.", 3);
    }

    /** The questions as the browser's own disclosure widgets: keyboard and screen readers work without the server. */
    private void faq(Element section) {
        Element list = section.appendElement("div").addClass("faq");
        for (int i = 1; i <= 8; i++) {
            Element item = list.appendElement("details").id("faq-" + i);
            item.appendElement("summary").text(t("public.faq." + i + ".q"));
            item.appendElement("p").text(t("public.faq." + i + ".a"));
        }
    }

    private void visit(Element section, ClinicProperties clinic) {
        Element address = section.appendElement("div").addClass("address").attr("translate", "no");
        address.appendElement("p").text(clinic.name());
        address.appendElement("p").text(clinic.street());
        address.appendElement("p").text(clinic.cityLine());
        Element contact = section.appendElement("p");
        contact.appendElement("a").attr("href", "tel:" + clinic.phone().replaceAll("[^0-9+]", ""))
                .text(clinic.phone());
        contact.appendText(" · ");
        contact.appendElement("a").attr("href", clinic.website()).text(clinic.website());
        section.appendElement("p").text(t("public.visit.directions"));
        section.appendElement("p").text(t("public.visit.hours"));
    }

    private Element closing() {
        Element closing = Markup.root("section").addClass("home-section").addClass("closing");
        closing.appendElement("h2").text(t("public.cta.title"));
        closing.appendElement("p").text(t("public.cta.body"));
        ctaLink(closing, t("public.cta.button"), "closing-cta");
        closing.appendElement("p").addClass("disclaimer").text(t("public.disclaimer"));
        return closing;
    }

    private static void ctaLink(Element parent, String text, String id) {
        parent.appendElement("a").attr("href", RouteConfiguration.forApplicationScope().getUrl(ConsultationView.class))
                .attr("router-link", "").addClass("cta-button").id(id).text(text);
    }

    private void bullets(Element parent, String prefix, int count) {
        Element list = parent.appendElement("ul");
        for (int i = 1; i <= count; i++) {
            list.appendElement("li").text(t(prefix + i));
        }
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.meta.title");
    }
}
