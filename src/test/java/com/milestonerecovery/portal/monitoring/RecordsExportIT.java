package com.milestonerecovery.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.security.ReauthenticationRequiredException;
import com.milestonerecovery.portal.support.PasswordConfirmed;
import com.milestonerecovery.portal.support.IntegrationTest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The client's own export, with the Part 2 notice, and nothing of anyone else's. */
@IntegrationTest
class RecordsExportIT {

    @Autowired
    RecordsExportService export;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Reauthentication reauthentication;

    private long count(String sql) {
        return jdbc.queryForObject(sql.replace(":user", "'client15'"), Long.class);
    }

    @Test
    @WithUserDetails("client15")
    void csvStartsWithTheNoticeAndHoldsExactlyTheClientsRecords() throws Exception {
        String csv = new String(PasswordConfirmed.call(reauthentication, () -> export.csv(Locale.ENGLISH)),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("# Confidentiality notice (42 CFR 2.32): This record which has been disclosed");

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv)).getRecords();
        long doses = rows.stream().filter(r -> r.get("record").equals("dose")).count();
        long checkIns = rows.stream().filter(r -> r.get("record").equals("check-in")).count();
        assertThat(doses).isEqualTo(count("""
                select count(*) from dose_log d join client c on c.id = d.client_id
                join user_account a on a.id = c.account_id where a.username = :user and d.voided_at is null"""));
        assertThat(checkIns).isEqualTo(count("""
                select count(*) from check_in k join client c on c.id = k.client_id
                join user_account a on a.id = c.account_id where a.username = :user"""));
        assertThat(rows.stream().filter(r -> r.get("record").equals("plan"))).isNotEmpty();
    }

    @Test
    @WithUserDetails("client15")
    void pdfCarriesTheNoticeAndThePlan() throws Exception {
        byte[] pdf = PasswordConfirmed.call(reauthentication, () -> export.pdf(Locale.forLanguageTag("es")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(firstPage).contains("42 CFR 2.32", "Mi plan actual");
        reader.close();
    }

    @Test
    @WithUserDetails("client15")
    void aCopyOfTheRecordsNeedsThePasswordTypedAgain() {
        assertThatThrownBy(() -> export.csv(Locale.ENGLISH)).isInstanceOf(ReauthenticationRequiredException.class);
        assertThatThrownBy(() -> export.pdf(Locale.ENGLISH)).isInstanceOf(ReauthenticationRequiredException.class);
    }

    @Test
    @WithMockUser(roles = {"CLINICIAN", "COORDINATOR", "ADMIN"})
    void staffCannotUseTheClientExport() {
        assertThatThrownBy(() -> export.csv(Locale.ENGLISH)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> export.pdf(Locale.ENGLISH)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
