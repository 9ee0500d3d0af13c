package com.milestonerecovery.portal.staff.ui.schedule;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Confirms a status change (cancel, attended, no-show) or closing a request, with a reason or note. */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String explanation, String fieldLabel, boolean required, String confirmLabel,
            String idPrefix, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setId(idPrefix + "-dialog");
        setWidth("min(32rem, 100vw)");
        TextArea text = new TextArea(fieldLabel);
        text.setRequired(required);
        text.setMaxLength(500);
        text.setWidthFull();
        text.setId(idPrefix + "-reason");
        add(new Paragraph(explanation), text);
        Button confirm = new Button(confirmLabel, e -> onConfirm.accept(text.getValue()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId(idPrefix + "-confirm");
        getFooter().add(new Button(getTranslation("schedule.dialog.close"), e -> close()), confirm);
    }
}
