package com.milestonerecovery.portal.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.base.crypto.FieldCipher;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes from the care team, as the client sees them (staff write them from the client record). */
@Service
public class CareTeamNoteService {

    public static final int BODY_MAX = 4000;
    private static final FreeText BODY = FreeText.lines(BODY_MAX);

    private final JdbcTemplate jdbc;
    private final ClientDirectory clients;
    private final ClientAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final FieldCipher cipher;

    CareTeamNoteService(JdbcTemplate jdbc, ClientDirectory clients, ClientAccess access, CurrentUser currentUser,
            Clock clock, FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.clients = clients;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The client's notes for the care team, newest first: internal ones and those written for the client. */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public List<StaffNote> notes(long clientId, int offset, int limit) {
        access.checkRead(clientId, RecordSection.NOTES);
        return jdbc.query("""
                select id, author_name, body, visible_to_client, created_at from care_team_note
                where client_id = ? order by created_at desc, id desc limit ? offset ?""",
                (rs, n) -> new StaffNote(rs.getLong(1), rs.getString(2), cipher.decrypt(rs.getString(3)), rs.getBoolean(4),
                        rs.getObject(5, Timestamp.class).toInstant()),
                clientId, Math.max(1, Math.min(limit, 200)), Math.max(0, offset));
    }

    /** Writes a note; {@code visibleToClient} shows it on the client's today page. Stored and shown as text. */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public void add(long clientId, String body, boolean visibleToClient) {
        String text = BODY.required(body, "staff.notes.error.body");
        access.checkChange(clientId, RecordSection.NOTES, visibleToClient ? "note for the client" : "internal note");
        var me = currentUser.require();
        jdbc.update("""
                insert into care_team_note (client_id, author_id, author_name, body, visible_to_client, created_at)
                values (?, ?, ?, ?, ?, ?)""", clientId, me.accountId(), me.displayName(), cipher.encrypt(text), visibleToClient,
                Timestamp.from(clock.instant()));
    }

    /** A note as staff see it. */
    public record StaffNote(long id, String authorName, String body, boolean visibleToClient, Instant createdAt) {
    }

    /** The newest note written for the signed-in client, if any. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public Optional<CareTeamNote> myLatest() {
        List<CareTeamNote> notes = jdbc.query("""
                select author_name, body, created_at from care_team_note
                where client_id = ? and visible_to_client = true order by created_at desc limit 1""",
                (rs, n) -> new CareTeamNote(rs.getString(1), cipher.decrypt(rs.getString(2)),
                        rs.getObject(3, Timestamp.class).toInstant()),
                clients.currentClientId());
        return notes.stream().findFirst();
    }
}
