package com.milestonerecovery.portal.staff.ui.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.AccountSummary;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.TwoFactorService;
import com.milestonerecovery.portal.staff.ui.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/** Admin: every account, searched, filtered, sorted and paged in the database; enable, disable, unlock. */
@Route(value = "staff/admin/users", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Role> roleFilter = new ComboBox<>();
    private final DateTimeFormatter timeFormat;

    private final TwoFactorService twoFactor;

    UsersView(AccountService accounts, ClinicProperties clinic, TwoFactorService twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clinic.timeZone());
        setSizeFull();

        search.setLabel(getTranslation("admin.users.search"));
        search.setId("user-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        roleFilter.setLabel(getTranslation("admin.users.role"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roleFilter.setClearButtonVisible(true);
        roleFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(AccountSummary::username).setHeader(getTranslation("admin.users.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("admin.users.name"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("admin.users.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles"));
        grid.addColumn(a -> format(a.lastLoginAt())).setHeader(getTranslation("admin.users.lastLogin"))
                .setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addColumn(a -> status(a)).setHeader(getTranslation("admin.users.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        grid.setItems(query -> accounts.search(search.getValue(), roleFilter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("admin.users.title"));

        HorizontalLayout filters = new HorizontalLayout(search, roleFilter);
        filters.setWrap(true);
        add(new H1(getTranslation("admin.users.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private String format(Instant instant) {
        return instant == null ? "" : timeFormat.format(instant);
    }

    private String status(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("admin.users.disabled");
        }
        return account.locked() ? getTranslation("admin.users.locked") : getTranslation("admin.users.active");
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "admin.users.disable" : "admin.users.enable"),
                e -> {
                    accounts.setEnabled(account.id(), !account.enabled());
                    Notifications.success(getTranslation("admin.users.saved"));
                    grid.getDataProvider().refreshAll();
                });
        toggle.addThemeVariants(ButtonVariant.SMALL);
        toggle.setAriaLabel(toggle.getText() + " " + account.username());
        HorizontalLayout actions = new HorizontalLayout(toggle);
        if (account.locked()) {
            Button unlock = new Button(getTranslation("admin.users.unlock"), e -> {
                accounts.unlock(account.id());
                Notifications.success(getTranslation("admin.users.saved"));
                grid.getDataProvider().refreshAll();
            });
            unlock.addThemeVariants(ButtonVariant.SMALL);
            unlock.setAriaLabel(unlock.getText() + " " + account.username());
            actions.add(unlock);
        }
        Button resetTwoFactor = new Button(getTranslation("admin.users.resetTwoFactor"), e -> {
            twoFactor.resetForAccount(account.id());
            Notifications.success(getTranslation("admin.users.twoFactorReset"));
        });
        resetTwoFactor.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        resetTwoFactor.setAriaLabel(resetTwoFactor.getText() + " " + account.username());
        actions.add(resetTwoFactor);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
