package com.milestonerecovery.portal.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.medication.MedicationPlanService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.medication.PlanOverview;
import com.milestonerecovery.portal.security.Roles;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Export my records": the client's plan, doses, check-ins and side effects, as CSV and as a printable PDF.
 * Both carry the 42 CFR 2.32 notice that must accompany any disclosure of Part 2 records.
 */
@Service
public class RecordsExportService {

    private static final Logger log = LoggerFactory.getLogger(RecordsExportService.class);

    private final ExportQueries queries;
    private final MedicationPlanService plans;
    private final ClientDirectory clients;
    private final MessageSource messages;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final Reauthentication reauthentication;

    RecordsExportService(ExportQueries queries, MedicationPlanService plans, ClientDirectory clients,
            MessageSource messages, ClinicProperties clinic, Clock clock, Reauthentication reauthentication) {
        this.reauthentication = reauthentication;
        this.queries = queries;
        this.plans = plans;
        this.clients = clients;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public byte[] csv(Locale locale) {
        reauthentication.requireRecent();
        long clientId = clients.currentClientId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setCommentMarker('#')
                .setHeaderComments(notice(locale).split("\n"))
                .setHeader("record", "date", "time", "item", "detail", "value", "note")
                .get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            PlanOverview plan = plans.myPlan();
            for (PlanItemSummary item : plan.current()) {
                csv.printRecord("plan", item.schedule().startDate(), "", item.medicationName(), item.doseLabel(),
                        schedule(item), item.instructions());
            }
            for (PlanItemSummary item : plan.discontinued()) {
                csv.printRecord("plan-past", item.schedule().startDate(), "", item.medicationName(), item.doseLabel(),
                        item.schedule().discontinuedOn(), item.discontinuedReason());
            }
            for (Map<String, Object> d : queries.doses(clientId)) {
                csv.printRecord("dose", d.get("local_date"), time(d.get("scheduled_for")), d.get("name"),
                        amount(d.get("dose_amount")) + " " + d.get("dose_unit"), d.get("status"),
                        join(d.get("skip_reason"), Boolean.TRUE.equals(d.get("late")) ? "late" : null));
            }
            for (Map<String, Object> c : queries.checkIns(clientId)) {
                csv.printRecord("check-in", c.get("local_date"), time(c.get("recorded_at")), "cravings/mood/sleep",
                        c.get("cravings") + "/" + c.get("mood"), c.get("sleep_hours"), c.get("note"));
            }
            for (Map<String, Object> s : queries.sideEffects(clientId)) {
                csv.printRecord("side-effect", date(s.get("reported_at")), time(s.get("reported_at")),
                        s.get("medication"), label(s, locale), s.get("severity"), s.get("status"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("export failed", e);
        }
        log.info("Client {} exported records (CSV)", clientId);
        return out.toByteArray();
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public byte[] pdf(Locale locale) {
        reauthentication.requireRecent();
        long clientId = clients.currentClientId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 12, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 8);
        Font body = new Font(Font.HELVETICA, 9);
        document.add(new Paragraph(t("export.pdf.title", locale, clinic.name()), title));
        document.add(new Paragraph(t("export.pdf.generated", locale,
                DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(zone()))), body));
        Paragraph notice = new Paragraph(notice(locale), small);
        notice.setSpacingBefore(8);
        notice.setSpacingAfter(8);
        document.add(notice);

        PlanOverview plan = plans.myPlan();
        document.add(new Paragraph(t("export.pdf.plan", locale), heading));
        PdfPTable planTable = table(body, t("export.col.medication", locale), t("export.col.dose", locale),
                t("export.col.schedule", locale), t("export.col.instructions", locale));
        for (PlanItemSummary item : plan.current()) {
            row(planTable, body, item.medicationName(), item.doseLabel(), schedule(item), item.instructions());
        }
        document.add(planTable);

        document.add(new Paragraph(t("export.pdf.doses", locale), heading));
        PdfPTable doseTable = table(body, t("export.col.date", locale), t("export.col.time", locale),
                t("export.col.medication", locale), t("export.col.status", locale));
        for (Map<String, Object> d : queries.doses(clientId)) {
            row(doseTable, body, String.valueOf(d.get("local_date")), time(d.get("scheduled_for")),
                    d.get("name") + " " + amount(d.get("dose_amount")) + " " + d.get("dose_unit"),
                    d.get("status") + (d.get("skip_reason") == null ? "" : " (" + d.get("skip_reason") + ")"));
        }
        document.add(doseTable);

        document.add(new Paragraph(t("export.pdf.checkIns", locale), heading));
        PdfPTable checkInTable = table(body, t("export.col.date", locale), t("export.col.cravings", locale),
                t("export.col.mood", locale), t("export.col.note", locale));
        for (Map<String, Object> c : queries.checkIns(clientId)) {
            row(checkInTable, body, String.valueOf(c.get("local_date")), String.valueOf(c.get("cravings")),
                    String.valueOf(c.get("mood")), c.get("note") == null ? "" : String.valueOf(c.get("note")));
        }
        document.add(checkInTable);

        document.add(new Paragraph(t("export.pdf.sideEffects", locale), heading));
        PdfPTable sideTable = table(body, t("export.col.date", locale), t("export.col.medication", locale),
                t("export.col.sideEffect", locale), t("export.col.severity", locale));
        for (Map<String, Object> s : queries.sideEffects(clientId)) {
            row(sideTable, body, date(s.get("reported_at")), s.get("medication") == null ? "" : String.valueOf(
                    s.get("medication")), label(s, locale), String.valueOf(s.get("severity")));
        }
        document.add(sideTable);
        document.add(new Paragraph(notice(locale), small));
        document.close();
        log.info("Client {} exported records (PDF)", clientId);
        return out.toByteArray();
    }

    /** The 42 CFR 2.32 notice, in the export's language (the regulation's English text is always included). */
    public String notice(Locale locale) {
        return messages.getMessage("export.notice", null, locale);
    }

    private static PdfPTable table(Font font, String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        Font bold = new Font(font.getFamily(), font.getSize(), Font.BOLD);
        for (String header : headers) {
            table.addCell(new Phrase(header, bold));
        }
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private static void row(PdfPTable table, Font font, String... cells) {
        for (String cell : cells) {
            table.addCell(new Phrase(cell == null ? "" : cell, font));
        }
    }

    private String schedule(PlanItemSummary item) {
        if (item.schedule().asNeeded()) {
            return "as needed" + (item.schedule().maxDailyDoses() == null ? ""
                    : ", max " + item.schedule().maxDailyDoses() + "/day");
        }
        return "daily " + item.schedule().times();
    }

    private String time(Object timestamp) {
        return timestamp instanceof Timestamp ts
                ? DateTimeFormatter.ofPattern("HH:mm").format(ts.toInstant().atZone(zone())) : "";
    }

    private String date(Object timestamp) {
        return timestamp instanceof Timestamp ts
                ? DateTimeFormatter.ISO_LOCAL_DATE.format(ts.toInstant().atZone(zone())) : "";
    }

    private static String amount(Object value) {
        return value instanceof BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static String label(Map<String, Object> row, Locale locale) {
        Object label = "es".equals(locale.getLanguage()) ? row.get("label_es") : row.get("label_en");
        return label != null ? String.valueOf(label) : String.valueOf(row.get("other_text"));
    }

    private static String join(Object first, String second) {
        List<String> parts = new java.util.ArrayList<>();
        if (first != null) {
            parts.add(String.valueOf(first));
        }
        if (second != null) {
            parts.add(second);
        }
        return String.join("; ", parts);
    }

    private ZoneId zone() {
        return clinic.timeZone();
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
