package com.milestonerecovery.portal.monitoring;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes from the care team, as the client sees them (staff write them from the client record). */
@Service
public class CareTeamNoteService {

    private final JdbcTemplate jdbc;
    private final ClientDirectory clients;

    CareTeamNoteService(JdbcTemplate jdbc, ClientDirectory clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /** The newest note written for the signed-in client, if any. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public Optional<CareTeamNote> myLatest() {
        List<CareTeamNote> notes = jdbc.query("""
                select author_name, body, created_at from care_team_note
                where client_id = ? and visible_to_client = true order by created_at desc limit 1""",
                (rs, n) -> new CareTeamNote(rs.getString(1), rs.getString(2),
                        rs.getObject(3, Timestamp.class).toInstant()),
                clients.currentClientId());
        return notes.stream().findFirst();
    }
}
