package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import com.milestonerecovery.portal.support.ElementTree;
import com.milestonerecovery.portal.base.crypto.FieldCipher;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.staff.ui.ClientDetailView;
import com.milestonerecovery.portal.staff.ui.admin.AuditView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Typed text is shown as text: a note holding markup appears verbatim and creates no element. The audit
 * review opens for the admin with its filters and break-glass preset; the record has a consents tab.
 */
@SpringBootTest
class PrivacyViewsTest extends SpringBrowserlessTest {

    private static final String PAYLOAD = "<script>alert('x')</script><b>bold</b><img src=x onerror=alert(1)>";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldCipher cipher;

    private long clientId(String username) {
        return jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = ?", Long.class, username);
    }

    @Test
    @WithUserDetails("clinician")
    void markupInANoteIsShownAsTextAndCreatesNoElement() {
        long client = clientId("client07");
        long author = jdbc.queryForObject("select id from user_account where username = 'clinician'", Long.class);
        jdbc.update("""
                insert into care_team_note (client_id, author_id, author_name, body, visible_to_client, created_at)
                values (?, ?, 'Dr. Dana Whitfield', ?, false, ?)""", client, author, cipher.encrypt(PAYLOAD),
                Timestamp.from(Instant.now()));
        navigate("staff/clients/" + client, ClientDetailView.class);
        find(TabSheet.class).id("record-tabs").setSelectedTab(find(Tab.class).id("tab-notes"));
        Div list = find(Div.class).id("note-list");
        assertThat(list.getElement().getTextRecursively()).contains(PAYLOAD);
        assertThat(ElementTree.descendants(list.getElement()).stream().filter(e -> !e.isTextNode())
                .map(Element::getTag))
                .doesNotContain("script", "b", "img");
        assertThat(find(Tab.class).id("tab-consent")).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theAdminReviewsBreakGlassOpeningsAndCanExport() {
        navigate(AuditView.class);
        Grid<?> grid = find(Grid.class).id("audit-grid");
        assertThat(grid).isNotNull();
        test(find(Button.class).id("audit-break-glass")).click();
        ComboBox<AuditAction> action = find(ComboBox.class).id("audit-action");
        assertThat(action.getValue()).isEqualTo(AuditAction.BREAK_GLASS);
        assertThat(find(Anchor.class).id("audit-export").getHref()).isNotBlank();
    }
}
