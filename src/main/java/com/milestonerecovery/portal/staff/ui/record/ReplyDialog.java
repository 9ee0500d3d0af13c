package com.milestonerecovery.portal.staff.ui.record;

import java.util.function.Consumer;

import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for a reply the client will read; the caller saves it. */
class ReplyDialog extends Dialog {

    ReplyDialog(String title, Consumer<String> send) {
        setHeaderTitle(title);
        TextArea text = new TextArea(getTranslation("staff.review.reply.label"));
        text.setHelperText(getTranslation("staff.review.reply.help"));
        text.setMaxLength(CareTeamReview.RESPONSE_MAX);
        text.setRequired(true);
        text.setWidthFull();
        text.setId("reply-text");
        add(text);
        Button sendButton = new Button(getTranslation("staff.review.reply.send"), e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("staff.review.error.response"));
                return;
            }
            send.accept(text.getValue());
            close();
        });
        sendButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendButton.setId("reply-send");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), sendButton);
    }
}
